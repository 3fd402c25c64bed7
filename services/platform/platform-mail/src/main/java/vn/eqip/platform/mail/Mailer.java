package vn.eqip.platform.mail;

import java.util.List;

/** Sends a plain-text e-mail; throws if the mail server refuses it. */
public interface Mailer {

  void send(List<String> to, String subject, String body);
}

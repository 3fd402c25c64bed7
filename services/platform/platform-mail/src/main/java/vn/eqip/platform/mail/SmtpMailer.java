package vn.eqip.platform.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Plain Jakarta Mail over SMTP, UTF-8 subject and body ({@code eqip.mail.host}, {@code port},
 * {@code from}, {@code username}, {@code password}, {@code starttls}; in the services' yml from
 * EQIP_SMTP_HOST, EQIP_SMTP_PORT, EQIP_MAIL_FROM, EQIP_SMTP_USER, EQIP_SMTP_PASSWORD,
 * EQIP_SMTP_STARTTLS). Connection and read time out after 10 s.
 */
@Singleton
public class SmtpMailer implements Mailer {

  private final Session session;
  private final String from;

  public SmtpMailer(
      @Value("${eqip.mail.host}") String host,
      @Value("${eqip.mail.port}") int port,
      @Value("${eqip.mail.from}") String from,
      @Nullable @Value("${eqip.mail.username:}") String username,
      @Nullable @Value("${eqip.mail.password:}") String password,
      @Value("${eqip.mail.starttls:false}") boolean starttls) {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    boolean auth = username != null && !username.isBlank();
    props.put("mail.smtp.auth", String.valueOf(auth));
    this.session =
        auth
            ? Session.getInstance(
                props,
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                  }
                })
            : Session.getInstance(props);
    this.from = from;
  }

  @Override
  public void send(List<String> to, String subject, String body) {
    if (to.isEmpty()) {
      throw new IllegalArgumentException("An e-mail needs at least one recipient");
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      for (String address : to) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
      }
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not send the e-mail: " + e.getMessage(), e);
    }
  }
}

package vn.eqip.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SmtpMailer against GreenMail, an SMTP server in this JVM. */
class SmtpMailerTest {

  private GreenMail smtp;
  private int port;

  @BeforeEach
  void startSmtp() {
    port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void a_vietnamese_subject_and_body_arrive_intact_to_every_recipient() throws Exception {
    Mailer mailer = new SmtpMailer("127.0.0.1", port, "eqip@localhost", null, null, false);

    mailer.send(
        List.of("a@dienbien.edu.vn", "b@dienbien.edu.vn"),
        "[EQIP] Kế hoạch chờ thẩm định quá hạn",
        "Kính gửi thầy/cô,\nTrường PTDTBT Tiểu học xã Hẹ Muông");

    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(2, received.length, "one copy per recipient mailbox");
    MimeMessage mail = received[0];
    assertEquals("[EQIP] Kế hoạch chờ thẩm định quá hạn", mail.getSubject());
    assertEquals(
        "Kính gửi thầy/cô,\nTrường PTDTBT Tiểu học xã Hẹ Muông",
        mail.getContent().toString().replace("\r\n", "\n"));
    assertEquals(
        List.of("a@dienbien.edu.vn", "b@dienbien.edu.vn"),
        Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList());
    assertEquals("eqip@localhost", mail.getFrom()[0].toString());
  }

  @Test
  void a_server_that_does_not_answer_is_an_exception_not_a_silent_loss() {
    int closed = freePort();
    Mailer mailer = new SmtpMailer("127.0.0.1", closed, "eqip@localhost", null, null, false);

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> mailer.send(List.of("a@dienbien.edu.vn"), "Tiêu đề", "Nội dung"));
    assertTrue(e.getMessage().startsWith("Could not send the e-mail"), e.getMessage());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

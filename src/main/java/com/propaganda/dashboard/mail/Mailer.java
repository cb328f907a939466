package com.propaganda.dashboard.mail;

import com.propaganda.dashboard.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the configured SMTP server. Without one (development, tests), each
 * message is written whole, as the server would have received it, to an .eml file in {@link
 * Settings#mailDrop()}: any mail program opens it.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  /**
   * @throws MailNotSentException when the message cannot be handed over; the caller's transaction
   *     rolls back, so nothing is saved that the mail was meant to announce
   */
  public void send(String to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(smtpProperties()));
      message.setFrom(new InternetAddress(Settings.mailFrom()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      message.setSentDate(new Date());
      if (Settings.smtpHost().isPresent()) {
        Transport.send(message);
      } else {
        drop(message);
      }
    } catch (MessagingException | IOException e) {
      throw new MailNotSentException(to, e);
    }
  }

  private static void drop(MimeMessage message) throws IOException, MessagingException {
    Path folder = Settings.mailDrop();
    Files.createDirectories(folder);
    Path file = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    LOG.info(() -> "No SMTP_HOST: mail written to " + file);
  }

  private static Properties smtpProperties() {
    Properties properties = new Properties();
    Settings.smtpHost().ifPresent(host -> properties.put("mail.smtp.host", host));
    properties.put("mail.smtp.port", String.valueOf(Settings.smtpPort()));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    return properties;
  }
}

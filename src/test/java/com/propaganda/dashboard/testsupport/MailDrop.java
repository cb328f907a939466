package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.platform.Settings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The mail the server wrote to its drop folder (tests run without SMTP), read as mail. */
public final class MailDrop {

  private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([\\w-]+)");

  private MailDrop() {}

  /** The text of the newest message to the address about the workspace; fails without one. */
  public static String latestTo(String address, String workspace) {
    try (Stream<Path> files = Files.list(Settings.mailDrop())) {
      List<Path> newestFirst =
          files.sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
      for (Path file : newestFirst) {
        MimeMessage message = read(file);
        boolean to =
            Arrays.stream(message.getAllRecipients())
                .map(Address::toString)
                .anyMatch(address::equalsIgnoreCase);
        String text = message.getContent().toString();
        if (to && text.lines().anyMatch(("Workspace: " + workspace)::equals)) {
          return text;
        }
      }
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
    throw new AssertionError("no mail to " + address + " about " + workspace);
  }

  /** The token of the set-password link in a message's text. */
  public static String linkToken(String text) {
    Matcher token = TOKEN.matcher(text);
    if (!token.find()) {
      throw new AssertionError("no set-password link in: " + text);
    }
    return token.group(1);
  }

  private static MimeMessage read(Path file) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }
}

package com.propaganda.dashboard.users;

import com.propaganda.dashboard.mail.Mailer;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Issues one-time set-password links and mails them to the user's own address: whoever creates or
 * resets an account never learns its password, and never sees the link either. Runs in the caller's
 * transaction, with the caller's client bound.
 */
@ApplicationScoped
public class PasswordLinks {

  /** Long enough for a weekend; a new link replaces the old one. */
  public static final Duration LIFETIME = Duration.ofDays(3);

  public static final String PAGE = "set-password.xhtml?token=";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'");

  @PersistenceContext private EntityManager entityManager;

  @Inject private Mailer mailer;

  /**
   * Deletes the user's earlier links (used or not; their audit rows keep the history) and mails a
   * new one.
   *
   * @param why the mail's first sentence: who asked for it and what for
   */
  public void send(User user, String workspace, String why) {
    entityManager
        .createQuery("DELETE FROM PasswordLink l WHERE l.userId = :user")
        .setParameter("user", user.getId())
        .executeUpdate();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    PasswordLink link = new PasswordLink(user.getId(), tokenHash(token), LIFETIME);
    entityManager.persist(link);
    entityManager.flush();
    mailer.send(
        user.getEmail(),
        "Set your Propaganda Dashboard password",
        String.join(
            "\n",
            "Hello " + user.getName() + ",",
            "",
            why,
            "",
            "Workspace: " + workspace,
            "Email:     " + user.getEmail(),
            "",
            "Choose your password here; the link works once, until "
                + WHEN.format(link.getExpiresAt().withOffsetSameInstant(ZoneOffset.UTC))
                + ":",
            Settings.publicUrl() + PAGE + token,
            "",
            "If you did not expect this mail, ignore it: your account stays as it is.",
            ""));
  }

  /** What the database keeps of a token; the set-password page looks links up by it. */
  public static String tokenHash(String token) {
    return Sha256.hex(token);
  }
}

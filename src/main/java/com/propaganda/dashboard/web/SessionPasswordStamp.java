package com.propaganda.dashboard.web;

import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;

/**
 * When the account's password last changed, as the session first saw it. A session that sees a
 * later change signed in with a password that is no longer the account's: it ends. The session that
 * made the change forgets its stamp and takes the new one.
 */
public final class SessionPasswordStamp {

  private static final String ATTRIBUTE = "passwordChangedAt";

  private SessionPasswordStamp() {}

  /** Whether the password changed since the session first looked; the first look only records. */
  public static boolean changedSince(HttpSession session, OffsetDateTime passwordChangedAt) {
    Object seen = session.getAttribute(ATTRIBUTE);
    if (seen == null) {
      session.setAttribute(ATTRIBUTE, passwordChangedAt.toInstant().toString());
      return false;
    }
    return !seen.equals(passwordChangedAt.toInstant().toString());
  }

  /** After this session's own change. */
  public static void forget(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }
}

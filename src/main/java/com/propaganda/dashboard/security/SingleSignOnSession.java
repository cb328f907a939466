package com.propaganda.dashboard.security;

import com.propaganda.dashboard.sso.PendingAuthorization;
import com.propaganda.dashboard.sso.ProviderSignOut;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;

/**
 * What a session keeps of single sign-on: the sign-in sent to the provider (taken once, when the
 * provider sends the browser back), why the last one was refused (shown once on the sign-in page),
 * and how to sign out at the provider.
 */
final class SingleSignOnSession {

  private static final String PREFIX = SingleSignOnSession.class.getName();
  private static final String PENDING = PREFIX + ".pending";
  private static final String REFUSAL = PREFIX + ".refusal";
  private static final String SIGN_OUT = PREFIX + ".providerSignOut";
  private static final String SIGN_OUT_NOW = PREFIX + ".providerSignOutNow";

  private SingleSignOnSession() {}

  static void started(HttpSession session, PendingAuthorization pending) {
    session.setAttribute(PENDING, pending);
  }

  /** The sign-in this session sent to its provider, removed: a callback is good once. */
  static Optional<PendingAuthorization> takePending(HttpSession session) {
    Object pending = session == null ? null : session.getAttribute(PENDING);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
    return pending instanceof PendingAuthorization sent && !sent.isExpired(Instant.now())
        ? Optional.of(sent)
        : Optional.empty();
  }

  static void refused(HttpSession session, String why) {
    session.setAttribute(REFUSAL, why);
  }

  static Optional<String> takeRefusal(HttpSession session) {
    Object why = session == null ? null : session.getAttribute(REFUSAL);
    if (why != null) {
      session.removeAttribute(REFUSAL);
    }
    return Optional.ofNullable((String) why);
  }

  static void signedIn(HttpSession session, Optional<ProviderSignOut> signOut) {
    signOut.ifPresent(at -> session.setAttribute(SIGN_OUT, at));
  }

  static Optional<ProviderSignOut> providerSignOut(HttpSession session) {
    return session != null && session.getAttribute(SIGN_OUT) instanceof ProviderSignOut at
        ? Optional.of(at)
        : Optional.empty();
  }

  /** After our session ended: the provider's sign-out address for the next page to go on to. */
  static void signOutAtProviderNext(HttpSession session, String uri) {
    session.setAttribute(SIGN_OUT_NOW, uri);
  }

  static Optional<String> takeProviderSignOutNow(HttpSession session) {
    Object uri = session == null ? null : session.getAttribute(SIGN_OUT_NOW);
    if (uri != null) {
      session.invalidate();
    }
    return Optional.ofNullable((String) uri);
  }
}

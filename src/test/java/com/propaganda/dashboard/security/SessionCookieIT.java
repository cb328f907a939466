package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.FormSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session cookie's attributes as the server writes them. A browser reports a cookie without
 * SameSite as Lax, so only the raw header shows whether the attribute is sent.
 */
@ExtendWith(ArquillianExtension.class)
class SessionCookieIT {

  @Inject private HttpServletRequest request;

  @Test
  void everySessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    FormSignIn.SignedIn signedIn =
        FormSignIn.signIn(base, "acme", "ceo@acme.example", "Demo-Propaganda-2026");

    List<String> sessionCookies = new ArrayList<>();
    Optional<HttpResponse<String>> response = Optional.of(signedIn.landing());
    while (response.isPresent()) {
      response.get().headers().allValues("Set-Cookie").stream()
          .filter(cookie -> cookie.startsWith("JSESSIONID="))
          .forEach(sessionCookies::add);
      response = response.get().previousResponse();
    }

    assertFalse(sessionCookies.isEmpty(), "the sign-in issues a new session id");
    for (String cookie : sessionCookies) {
      assertTrue(cookie.contains("; HttpOnly"), cookie);
      // Attribute values are case-insensitive (RFC 6265bis); Payara writes "lax".
      assertTrue(cookie.toLowerCase(Locale.ROOT).contains("; samesite=lax"), cookie);
    }
  }
}

package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.RawHttp;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind a TLS-terminating proxy: X-Forwarded-Proto from the trusted proxy (src/scripts/test.sh
 * trusts 127.0.0.2) makes the session cookie Secure and sends HSTS; from anyone else it is refused.
 * Raw sockets, because only they choose the address a request comes from.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardedProtoIT {

  private static final String TRUSTED_PROXY = "127.0.0.2";

  @Inject private HttpServletRequest request;

  @Test
  void theTrustedProxysHttpsMakesTheCookieSecureAndSendsHsts() throws IOException {
    String head = headOf(TRUSTED_PROXY, "X-Forwarded-Proto: https\r\n");
    assertTrue(head.startsWith("HTTP/1.1 200"), head);
    assertTrue(head.contains("Strict-Transport-Security: max-age="), head);
    assertTrue(sessionCookie(head).contains("; Secure"), head);
  }

  @Test
  void withoutTheHeaderThePlainRequestStaysPlain() throws IOException {
    String head = headOf(TRUSTED_PROXY, "");
    assertTrue(head.startsWith("HTTP/1.1 200"), head);
    assertFalse(head.contains("Strict-Transport-Security"), head);
    assertFalse(sessionCookie(head).contains("; Secure"), head);
  }

  @Test
  void anyoneElsesForwardedProtoIsRefused() throws IOException {
    String head = headOf("127.0.0.1", "X-Forwarded-Proto: https\r\n");
    assertEquals("HTTP/1.1 400", head.substring(0, 12), head);
    assertFalse(head.contains("Set-Cookie"), head);
  }

  /** The status line and headers of the sign-in page, asked for from {@code from}. */
  private String headOf(String from, String extraHeaders) throws IOException {
    return RawHttp.head(
        RawHttp.to(request).getFrom(from, request.getContextPath() + "/login.xhtml", extraHeaders));
  }

  private static String sessionCookie(String head) {
    return head.lines()
        .filter(line -> line.startsWith("Set-Cookie: JSESSIONID="))
        .findFirst()
        .orElse("");
  }
}

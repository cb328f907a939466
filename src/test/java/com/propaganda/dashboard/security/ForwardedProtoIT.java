package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTestSupport();
  }

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
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", request.getLocalPort()), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + request.getContextPath()
                  + "/login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + extraHeaders
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }

  private static String sessionCookie(String head) {
    return head.lines()
        .filter(line -> line.startsWith("Set-Cookie: JSESSIONID="))
        .findFirst()
        .orElse("");
  }
}

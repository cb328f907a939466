package com.propaganda.dashboard.security;

import com.propaganda.dashboard.platform.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response: no framing, no sniffing, little referrer, HSTS (also
 * behind a TLS-terminating proxy in TRUSTED_PROXIES, whose X-Forwarded-Proto makes the request
 * secure). Pages also carry PrimeFaces' own policy ({@code primefaces.CSP} in web.xml), {@code
 * script-src 'self' 'nonce-…'} with a new nonce per response; a browser enforces both policies, so
 * on pages a script runs only from the application or with that nonce, and nothing may eval.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * The server takes a request's scheme from this header (server-config), so only a trusted proxy
   * may send it: from anyone else it could turn the session cookie's Secure flag on or off.
   */
  static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getHeader(FORWARDED_PROTO) != null
        && !Settings.trustedProxies().contains(request.getRemoteAddr())) {
      refuseForwardedProto(response);
      return;
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  private static void refuseForwardedProto(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(FORWARDED_PROTO + " is accepted from a trusted proxy only.\n");
  }
}

package com.propaganda.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page's address with a notice on it. The notice is a code the page turns into fixed
 * words (a refusal's own words wait in the session), so a link can never put text on the page.
 */
final class LoginPage {

  static final String SSO_OFF = "off";
  static final String SSO_UNREACHABLE = "unreachable";
  static final String SSO_EXPIRED = "expired";
  static final String SSO_REFUSED = "refused";

  private LoginPage() {}

  static String withNotice(HttpServletRequest request, String workspace, String notice) {
    return request.getContextPath()
        + "/login.xhtml?workspace="
        + URLEncoder.encode(workspace, StandardCharsets.UTF_8)
        + "&sso="
        + notice;
  }
}

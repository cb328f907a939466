package com.propaganda.dashboard.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The step between our sign-out and the provider's. Our sign-out is a form, and the pages' policy
 * lets a form lead only to this server (form-action 'self', which browsers apply to redirects too);
 * this page is a new navigation that goes on to the provider's end-session address.
 */
@WebServlet("/sso/signed-out")
public class ProviderSignOutPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String> provider =
        SingleSignOnSession.takeProviderSignOutNow(request.getSession(false));
    if (provider.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
      return;
    }
    // The address is already URL-encoded; in an attribute only these four could still break out.
    String address =
        provider
            .get()
            .replace("&", "&amp;")
            .replace("\"", "&quot;")
            .replace("<", "&lt;")
            .replace(">", "&gt;");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + address
                + "\"><title>Signing out · Propaganda Dashboard</title></head><body>"
                + "<p>You are signed out here. <a id=\"provider-sign-out\" href=\""
                + address
                + "\">Sign out at your identity provider too</a>.</p></body></html>");
  }
}

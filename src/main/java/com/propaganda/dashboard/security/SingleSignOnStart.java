package com.propaganda.dashboard.security;

import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.sso.ProviderUnavailableException;
import com.propaganda.dashboard.sso.SingleSignOnFlow;
import com.propaganda.dashboard.sso.SingleSignOnView;
import com.propaganda.dashboard.web.ServerAddress;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends the browser to the provider of the workspace it names, with a new state, nonce and PKCE
 * challenge kept in its session. A link, not a form: the pages' policy lets forms post only to this
 * server.
 */
@WebServlet("/sso/start")
public class SingleSignOnStart extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private SingleSignOnFlow flow;

  @EJB private SignInService signIns;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String workspace = workspace(request.getParameter("workspace"));
    String next = Optional.ofNullable(request.getParameter("next")).orElse("");
    try {
      Optional<SingleSignOnFlow.Start> start =
          flow.start(
              workspace,
              URI.create(ServerAddress.of(request) + SingleSignOnView.CALLBACK),
              Text.truncate(next, 2_000));
      if (start.isEmpty()) {
        response.sendRedirect(LoginPage.withNotice(request, workspace, LoginPage.SSO_OFF));
        return;
      }
      SingleSignOnSession.started(request.getSession(), start.get().pending());
      response.sendRedirect(start.get().provider().toString());
    } catch (ProviderUnavailableException unreachable) {
      signIns.singleSignOnFailed(workspace, unreachable.getMessage());
      response.sendRedirect(LoginPage.withNotice(request, workspace, LoginPage.SSO_UNREACHABLE));
    }
  }

  private static String workspace(String typed) {
    String workspace = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return workspace.length() > WorkspaceCredential.MAX_WORKSPACE
            || Text.hasControlCharacter(workspace)
        ? ""
        : workspace;
  }
}

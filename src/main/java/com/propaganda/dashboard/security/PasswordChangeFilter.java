package com.propaganda.dashboard.security;

import com.propaganda.dashboard.users.AccountService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Keeps a user whose password was set by someone else on the password page until they choose their
 * own. Asked once per session; the answer is kept in the session.
 */
@WebFilter("/app/*")
public class PasswordChangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";
  private static final String PASSWORD_PAGE = "/app/password.xhtml";

  @EJB private AccountService accountService;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && mustChange(request.getSession())) {
      boolean onPasswordPage =
          request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE);
      if (!onPasswordPage) {
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private boolean mustChange(HttpSession session) {
    Boolean required = (Boolean) session.getAttribute(REQUIRED);
    if (required == null) {
      required = accountService.mustChangePassword();
      session.setAttribute(REQUIRED, required);
    }
    return required;
  }

  public static boolean isRequired(Map<String, Object> sessionMap) {
    return Boolean.TRUE.equals(sessionMap.get(REQUIRED));
  }

  public static void passwordChanged(Map<String, Object> sessionMap) {
    sessionMap.put(REQUIRED, Boolean.FALSE);
  }
}

package com.propaganda.dashboard.security;

import com.propaganda.dashboard.agency.OperatorAccounts;
import com.propaganda.dashboard.factors.SecondFactorCheck;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.SessionLimits;
import com.propaganda.dashboard.users.AccountService;
import com.propaganda.dashboard.users.AccountState;
import com.propaganda.dashboard.web.SessionPasswordStamp;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends a signed-in session after its client's limits (at most 12 hours whatever its activity and 30
 * idle minutes, web.xml's; SessionLimits), and as soon as its account is deactivated, changes role
 * or gets a new password elsewhere (another session's change, a set-password link). Keeps a user
 * whose password was set by someone else on the password page until they choose their own, and one
 * whose client requires a second factor on the two-step page until they have set one up.
 */
@WebFilter({"/app/*", "/agency/*"})
public class SessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String PASSWORD_PAGE = "/app/password.xhtml";
  private static final String SETUP_PAGE = "/app/two-step.xhtml";
  private static final String OPERATOR_SETUP_PAGE = "/agency/two-step.xhtml";

  @EJB private AccountService accountService;

  @EJB private OperatorAccounts operatorAccounts;

  @EJB private SecondFactorCheck secondFactor;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() == null || session == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountState> account = accountState(request);
    if (account.isEmpty()
        || isOver(session, account.get().sessionLimits())
        || SessionPasswordStamp.changedSince(session, account.get().passwordChangedAt())
        || account.get().endsSessionSignedInAt(SessionAuthentication.signedInAt(session))) {
      end(request, response, session);
      return;
    }
    if (account.get().mustChangePassword() && !isPasswordPage(request)) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    if (SessionAuthentication.mustSetUpSecondFactor(session)) {
      if (secondFactor.isDue(request.getUserPrincipal().getName())) {
        SessionAuthentication.secondFactorSetUp(session);
      } else if (!request.getServletPath().equals(setupPage(request))) {
        response.sendRedirect(request.getContextPath() + setupPage(request));
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The signed-in account's state, or empty when it may no longer be signed in. One service call a
   * request: TenantBoundInterceptor refuses an account that changed.
   */
  private Optional<AccountState> accountState(HttpServletRequest request) {
    if (request.isUserInRole(Roles.OPERATOR)) {
      return operatorAccounts
          .passwordChangedAt(request.getUserPrincipal().getName())
          .map(changedAt -> new AccountState(false, changedAt, null, SessionLimits.PRODUCT));
    }
    try {
      return Optional.of(accountService.state());
    } catch (EJBAccessException changed) {
      return Optional.empty();
    }
  }

  /** The server's own idle limit (web.xml) ends a session too; a client's may be shorter. */
  private static boolean isOver(HttpSession session, SessionLimits limits) {
    return limits.isOver(
        Instant.ofEpochMilli(session.getCreationTime()),
        Instant.ofEpochMilli(session.getLastAccessedTime()),
        Instant.now());
  }

  private static String setupPage(HttpServletRequest request) {
    return request.isUserInRole(Roles.OPERATOR) ? OPERATOR_SETUP_PAGE : SETUP_PAGE;
  }

  private static boolean isPasswordPage(HttpServletRequest request) {
    return request.getServletPath().equals(PASSWORD_PAGE);
  }

  private static void end(
      HttpServletRequest request, HttpServletResponse response, HttpSession session)
      throws ServletException, IOException {
    request.logout();
    session.invalidate();
    SessionEnded.redirect(request, response, SessionEnded.loginUrl(request, true));
  }
}

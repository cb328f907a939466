package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.sso.SingleSignOnFlow;
import com.propaganda.dashboard.sso.WaysIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  @Inject private RequestOrigin origin;

  @EJB private SingleSignOnFlow singleSignOn;

  /** The ways in of {@link #waysFor}'s workspace, looked up once per request and workspace. */
  private WaysIn ways;

  private String waysFor;

  private static final String WAYS_SHOWN = LoginView.class.getName() + ".waysShown";

  /** Read once: a refusal's words are taken from the session. */
  private Optional<String> notice;

  @NotBlank(message = "Enter your workspace")
  private String workspace;

  @NotBlank(message = "Enter your email")
  private String email;

  @NotBlank(message = "Enter your password")
  private String password;

  /** The page to return to after sign-in, below the context root; see {@link Landing}. */
  private String next;

  public void signIn() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new WorkspaceCredential(workspace, email, password))
                .newAuthentication(true));
    boolean signedIn =
        status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
    if (signedIn && request.getSession(false) != null) {
      // A new session id at sign-in: an id planted before it (session fixation) is worthless.
      request.changeSessionId();
    }
    if (status == AuthenticationStatus.SEND_CONTINUE
        && SessionAuthentication.pendingSignIn(request).isPresent()) {
      external.redirect(external.getRequestContextPath() + Landing.secondFactorPage(next));
      return;
    }
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS ->
          external.redirect(
              external.getRequestContextPath() + Landing.pageFor(securityContext, next));
      default -> facesContext.addMessage(null, failure());
    }
  }

  private FacesMessage failure() {
    return origin.isSignInBusy()
        ? new FacesMessage(
            FacesMessage.SEVERITY_WARN,
            "The server is busy",
            "Many sign-ins are under way; try again in a few seconds.")
        : new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            "Sign-in failed",
            "The workspace, email or password is not right, or the account is inactive.");
  }

  /**
   * What the page offers for the workspace typed so far: during a post it is read from the request
   * itself, because the page decides which fields it has before it takes their values.
   */
  public WaysIn getWays() {
    String typed = workspace;
    if (typed == null) {
      ExternalContext external = facesContext.getExternalContext();
      typed = external.getRequestParameterMap().get("login:workspace");
    }
    String chosen = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (ways == null || !chosen.equals(waysFor)) {
      ways =
          chosen.isEmpty()
                  || chosen.length() > WorkspaceCredential.MAX_WORKSPACE
                  || Text.hasControlCharacter(chosen)
              ? WaysIn.PASSWORD_ONLY
              : singleSignOn.waysIn(chosen);
      waysFor = chosen;
    }
    if (facesContext.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
      facesContext.getViewRoot().getViewMap().put(WAYS_SHOWN, ways);
    }
    return ways;
  }

  /**
   * The workspace field changed: the password fields are drawn again only when the workspace
   * changes whether they are offered, so someone already typing their email is not interrupted.
   */
  public void workspaceChanged() {
    WaysIn now = getWays();
    Map<String, Object> view = facesContext.getViewRoot().getViewMap();
    WaysIn shown = (WaysIn) view.getOrDefault(WAYS_SHOWN, WaysIn.PASSWORD_ONLY);
    view.put(WAYS_SHOWN, now);
    // The link carries the workspace: drawn again whenever one is or was shown.
    if (now.singleSignOn() || shown.singleSignOn()) {
      PrimeFaces.current().ajax().update("login:sso-way");
    }
    if (now.password() != shown.password()) {
      PrimeFaces.current().ajax().update("login:password-way");
    }
  }

  /** A notice from single sign-on, in fixed words; a refusal brings its own from the session. */
  public String getSingleSignOnNotice() {
    if (notice == null) {
      notice = Optional.ofNullable(readNotice());
    }
    return notice.orElse(null);
  }

  private String readNotice() {
    ExternalContext external = facesContext.getExternalContext();
    String notice = external.getRequestParameterMap().get("sso");
    if (notice == null) {
      return null;
    }
    return switch (notice) {
      case LoginPage.SSO_OFF ->
          "This workspace does not use single sign-on; sign in with a password.";
      case LoginPage.SSO_UNREACHABLE ->
          "The identity provider of this workspace did not answer. Try again in a minute; if it"
              + " keeps failing, tell your ceo: Check and save on the sign-in policy page says"
              + " why.";
      case LoginPage.SSO_EXPIRED ->
          "This sign-in took too long or was already used. Start it again.";
      case LoginPage.SSO_REFUSED ->
          SingleSignOnSession.takeRefusal(
                  ((HttpServletRequest) external.getRequest()).getSession(false))
              .orElse("The sign-in through your identity provider was refused.");
      default -> null;
    };
  }

  public String getNext() {
    return next;
  }

  /**
   * From the link and from the form's own field; a blank one (a form without it) keeps the link's.
   */
  public void setNext(String next) {
    if (next != null && !next.isBlank()) {
      this.next = next;
    }
  }

  /**
   * The workspace a link names ({@code login.xhtml?workspace=acme}); unchecked here, as the field's
   * own rules check what is posted, and absent on a post, where it must not blank the field.
   */
  public String getChosenWorkspace() {
    return workspace;
  }

  public void setChosenWorkspace(String chosen) {
    if (chosen != null && !chosen.isBlank()) {
      workspace = chosen;
    }
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Records a refusal that no audited service saw: a role the container turned away before any
 * interceptor ran ({@code @RolesAllowed}, or a page the user's role does not open). Once per
 * request: a refusal AuditedInterceptor recorded is not recorded twice.
 */
@Named
@RequestScoped
public class DeniedAccess {

  @Inject private RequestOrigin origin;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  /** A service call of the current request was refused for the caller's role. */
  public void record(String what) {
    if (origin.isDenialRecorded()) {
      return;
    }
    recorder.recordAlone(AuditEvent.denied(context.actor(), "-", null, what, "not allowed"));
    origin.markDenialRecorded();
  }

  /** The forbidden page is rendering: the page asked for is not open to the caller's role. */
  public void recordPage() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object page = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (request.getUserPrincipal() != null) {
      record("page " + (page == null ? request.getRequestURI() : page));
    }
  }
}

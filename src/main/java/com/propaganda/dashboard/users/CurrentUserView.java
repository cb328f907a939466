package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * The header's view of the signed-in user, loaded once per request. Role checks here only decide
 * what the page shows; the services enforce them.
 */
@Named
@RequestScoped
public class CurrentUserView {

  @EJB private ProfileService profileService;

  @Inject private SecurityContext securityContext;

  private Profile profile;

  public Profile getProfile() {
    if (profile == null) {
      profile = profileService.current();
    }
    return profile;
  }

  public boolean isManager() {
    return securityContext.isCallerInRole(Roles.CEO) || securityContext.isCallerInRole(Roles.ADMIN);
  }

  public boolean isCeo() {
    return securityContext.isCallerInRole(Roles.CEO);
  }
}

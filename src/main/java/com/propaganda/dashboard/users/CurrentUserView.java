package com.propaganda.dashboard.users;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The header's view of the signed-in user, loaded once per request. */
@Named
@RequestScoped
public class CurrentUserView {

  @EJB private ProfileService profileService;

  private Profile profile;

  public Profile getProfile() {
    if (profile == null) {
      profile = profileService.current();
    }
    return profile;
  }
}

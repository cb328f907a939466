package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.Roles;
import jakarta.security.enterprise.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a person goes once signed in. */
final class Landing {

  static final String SALES_HOME = "/app/calls.xhtml";
  static final String MANAGER_HOME = "/app/dashboard.xhtml";
  static final String AGENCY_HOME = "/agency/clients.xhtml";
  static final String SECOND_FACTOR = "/second-factor.xhtml";

  private Landing() {}

  /**
   * The page the user was on when their session ended, if it is one of the pages of their kind of
   * account; a path only (never another host), so the link cannot send anyone elsewhere.
   */
  static String pageFor(SecurityContext caller, String next) {
    String area = caller.isCallerInRole(Roles.OPERATOR) ? "/agency/" : "/app/";
    return isLocal(next) && next.startsWith(area) ? next : home(caller);
  }

  /** The second step's page, carrying where the person was going when it is a page of ours. */
  static String secondFactorPage(String next) {
    return isLocal(next) && (next.startsWith("/app/") || next.startsWith("/agency/"))
        ? SECOND_FACTOR + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
        : SECOND_FACTOR;
  }

  private static boolean isLocal(String next) {
    return next != null
        && !next.contains("//")
        && !next.contains("\\")
        && next.chars().noneMatch(Character::isISOControl);
  }

  /** Managers come to see how the team performs; a rep comes to log and follow their calls. */
  private static String home(SecurityContext caller) {
    if (caller.isCallerInRole(Roles.OPERATOR)) {
      return AGENCY_HOME;
    }
    boolean manager = caller.isCallerInRole(Roles.CEO) || caller.isCallerInRole(Roles.ADMIN);
    return manager ? MANAGER_HOME : SALES_HOME;
  }
}

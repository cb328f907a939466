package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.platform.DatabaseCode;

/** The ways into a client's workspace its sign-in policy allows. */
public enum SignInMethods implements DatabaseCode {
  PASSWORD,
  SSO,
  BOTH;

  public boolean allowsPasswords() {
    return this != SSO;
  }

  public boolean allowsSingleSignOn() {
    return this != PASSWORD;
  }

  public static SignInMethods ofCode(String code) {
    for (SignInMethods methods : values()) {
      if (methods.code().equals(code)) {
        return methods;
      }
    }
    throw new IllegalArgumentException("No sign-in methods " + code);
  }
}

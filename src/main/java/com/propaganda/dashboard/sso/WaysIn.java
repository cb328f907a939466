package com.propaganda.dashboard.sso;

import java.io.Serializable;

/**
 * The ways into a workspace the sign-in page offers. An unknown workspace shows a password form,
 * like any other: the page never tells which workspaces exist.
 */
public record WaysIn(boolean password, boolean singleSignOn) implements Serializable {

  public static final WaysIn PASSWORD_ONLY = new WaysIn(true, false);
}

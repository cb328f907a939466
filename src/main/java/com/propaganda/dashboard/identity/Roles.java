package com.propaganda.dashboard.identity;

/** Security role names, as constants for {@code @RolesAllowed}. */
public final class Roles {

  public static final String CEO = "ceo";
  public static final String ADMIN = "admin";
  public static final String SALES = "sales";

  /** Agency staff: they belong to no client. */
  public static final String OPERATOR = "operator";

  private Roles() {}
}

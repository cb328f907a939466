package com.propaganda.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A secret made in this request (a new API key, a webhook's signing secret), shown in this
 * request's answer and then gone. It is kept in request scope, never in a view or a session: those
 * are replicated through the data grid and outlive the page, and a secret held there could be read
 * back.
 */
@Named
@RequestScoped
public class OneTimeSecret {

  private String value;

  public void show(String secret) {
    value = secret;
  }

  public String getValue() {
    return value;
  }

  public boolean isShown() {
    return value != null;
  }
}

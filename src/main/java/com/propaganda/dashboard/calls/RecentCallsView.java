package com.propaganda.dashboard.calls;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The call list page. */
@Named
@ViewScoped
public class RecentCallsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CallService callService;

  private RecentCallsModel calls;

  @PostConstruct
  void init() {
    calls = new RecentCallsModel(callService);
  }

  public RecentCallsModel getCalls() {
    return calls;
  }
}

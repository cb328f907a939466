package com.propaganda.dashboard.security;

import com.propaganda.dashboard.security.SetPasswordService.LinkAccount;
import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** The page a set-password link opens: whose account, and the new password twice. */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SetPasswordService service;

  @Inject private FacesFeedback feedback;

  private String token;
  private LinkAccount account;
  private String password;
  private String repeated;

  /** On opening the link; the token stays out of other sites' Referer headers. */
  public void open() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletResponse) external.getResponse()).setHeader("Referrer-Policy", "no-referrer");
    account = service.account(token).orElse(null);
  }

  public void save() throws IOException {
    if (feedback.attempt(
        Map.of("password", "set-password:password", "repeated", "set-password:repeated"),
        () -> service.setPassword(token, password, repeated))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/login.xhtml?passwordSet=true");
    }
    password = null;
    repeated = null;
  }

  public LinkAccount getAccount() {
    return account;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}

package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.platform.Text;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;

/** Where the current request came from, as the audit log records it; empty outside a request. */
@RequestScoped
public class RequestOrigin {

  private static final int MAX_USER_AGENT = 512;

  private String ip;
  private String userAgent;
  private String id;
  private boolean denialRecorded;
  private boolean signInBusy;

  public void capture(HttpServletRequest request) {
    ip =
        ClientAddress.of(
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            Settings.trustedProxies());
    userAgent = Text.truncate(request.getHeader("User-Agent"), MAX_USER_AGENT);
    id = RequestIds.of(request.getRemoteAddr(), request.getHeader(RequestIds.HEADER));
  }

  /** Where a request came from, kept for work it started that goes on in another thread. */
  public record Carried(String ip, String userAgent, String id) implements java.io.Serializable {}

  public Carried carried() {
    return new Carried(ip, userAgent, id);
  }

  /** Work a request started in the background acts from the request's origin. */
  public void resume(Carried carried) {
    ip = carried.ip();
    userAgent = carried.userAgent();
    id = carried.id();
  }

  /** Whether a refusal of this request is in the audit log already. */
  public boolean isDenialRecorded() {
    return denialRecorded;
  }

  public void markDenialRecorded() {
    denialRecorded = true;
  }

  /** Whether this request's sign-in found no free hashing permit: try again, not a failure. */
  public boolean isSignInBusy() {
    return signInBusy;
  }

  public void markSignInBusy() {
    signInBusy = true;
  }

  public String ip() {
    return ip;
  }

  public String userAgent() {
    return userAgent;
  }

  /** The request's id, as its log line and its audit rows carry it; null outside a request. */
  public String id() {
    return id;
  }
}

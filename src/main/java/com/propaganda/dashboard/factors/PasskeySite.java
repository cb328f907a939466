package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.web.ServerAddress;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a passkey ceremony runs: the page's origin, and the RP ID (its host) a passkey is bound to.
 * A browser makes and uses a passkey only for the site it is on, so one made here never answers a
 * look-alike site's challenge.
 */
public record PasskeySite(String origin, String rpId) {

  public static PasskeySite of(HttpServletRequest request) {
    return new PasskeySite(ServerAddress.origin(request), request.getServerName());
  }
}

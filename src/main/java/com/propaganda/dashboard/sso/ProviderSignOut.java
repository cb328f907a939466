package com.propaganda.dashboard.sso;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import java.io.Serializable;
import java.net.URI;
import java.text.ParseException;

/**
 * Signing out at the provider too (RP-initiated logout): its end-session endpoint and the ID token
 * of the sign-in as the hint, kept in the session until the person signs out.
 */
public record ProviderSignOut(URI endpoint, String idToken) implements Serializable {

  /** Where to send the browser, which the provider sends on to {@code afterwards}. */
  public URI uri(URI afterwards) {
    try {
      return new LogoutRequest(endpoint, JWTParser.parse(idToken), afterwards, null).toURI();
    } catch (ParseException unreadable) {
      return endpoint;
    }
  }
}

package com.propaganda.dashboard.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Cookies kept and sent as a browser does. Java's own parser takes a cookie whose header holds
 * "version=" for an RFC 2965 cookie and sends it back quoted: Payara's JSESSIONIDVERSION (set once
 * sessions replicate) then fails its parser, and every answer is an empty 200.
 */
public final class BrowserCookies extends CookieManager {

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
    super.put(uri, responseHeaders);
    for (HttpCookie cookie : getCookieStore().getCookies()) {
      cookie.setVersion(0);
    }
  }
}

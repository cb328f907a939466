package com.propaganda.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * This application's address as the browser reached it: scheme (a trusted proxy's, see
 * SecurityHeaders), host, port and context root, without a trailing slash.
 */
public final class ServerAddress {

  private ServerAddress() {}

  public static String of(HttpServletRequest request) {
    return origin(request) + request.getContextPath();
  }

  /** The scheme, host and port alone, as a browser names a page's origin. */
  public static String origin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }
}

package com.propaganda.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request whose session is gone (idle timeout, server restart) to the sign-in page with
 * word of why and the page to return to. An Ajax request gets the redirect as a Faces partial
 * response, because a browser's XHR would follow a plain 302 into HTML it cannot use.
 */
public final class SessionEnded {

  private static final String LOGIN = "/login.xhtml";

  private SessionEnded() {}

  /** Whether the browser sent a session id that the server no longer knows. */
  public static boolean isEnded(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
  }

  /** The sign-in page, with the "ended" notice when the session was lost, and the way back. */
  public static String loginUrl(HttpServletRequest request, boolean ended) {
    String url = request.getContextPath() + LOGIN + "?";
    if (ended) {
      url += "ended=true&";
    }
    return url + "next=" + URLEncoder.encode(returnPath(request), StandardCharsets.UTF_8);
  }

  /** Redirects a page load or a form post (Faces Ajax included) to {@code url}. */
  public static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;")
                  + "\"/></partial-response>");
      return;
    }
    response.sendRedirect(url);
  }

  /**
   * The page the request was on, below the context root: a GET keeps its query; a form post returns
   * to the page it was posted from (its Referer, when that is a page of this application), else to
   * the page it posted to. What it posted is lost with the session.
   */
  static String returnPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod().toUpperCase(Locale.ROOT))) {
      return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
    String application = request.getRequestURL().toString();
    application = application.substring(0, application.length() - path.length());
    String referer = request.getHeader("Referer");
    return referer != null && referer.startsWith(application + "/")
        ? referer.substring(application.length())
        : path;
  }
}

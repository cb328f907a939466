package com.propaganda.dashboard.monitoring;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The page or endpoint a request was for, as a metric's tag, from a closed set: an API request
 * names the matched path template, a page or file the file in the application, and anything else
 * one tag. The raw URI is never a tag: each spelling of it ({@code /%6Cogin.xhtml}, {@code
 * /x/../login.xhtml}) would make a new series, and enough of them fill the heap.
 */
public final class RequestPaths {

  /** The request attribute in which the API names the path template it matched. */
  public static final String TEMPLATE = RequestPaths.class.getName() + ".template";

  static final String UNKNOWN = "unknown";

  static final String OTHER = "other";

  private static final String RESOURCES = "/jakarta.faces.resource/";

  private static final Pattern PROBE = Pattern.compile("/(health|metrics)(/.*)?");

  // Only paths that exist are kept: the application's files, a number fixed by the WAR.
  private static final Map<String, Boolean> FILES = new ConcurrentHashMap<>();

  private RequestPaths() {}

  /** A health check or a metrics scrape, served by the server at its root. */
  static boolean isProbe(HttpServletRequest request) {
    return PROBE.matcher(request.getRequestURI()).matches();
  }

  static String of(HttpServletRequest request, int status) {
    if (status == HttpServletResponse.SC_NOT_FOUND) {
      return UNKNOWN;
    }
    if (request.getAttribute(TEMPLATE) instanceof String template) {
      return template;
    }
    // The servlet path is decoded and normalised by the container: one spelling per page.
    String path = request.getServletPath();
    if (path.startsWith(RESOURCES)) {
      return RESOURCES;
    }
    return isFile(request.getServletContext(), path) ? path : OTHER;
  }

  private static boolean isFile(ServletContext context, String path) {
    if (FILES.containsKey(path)) {
      return true;
    }
    try {
      if (!path.isEmpty() && !path.startsWith("/WEB-INF") && context.getResource(path) != null) {
        FILES.put(path, Boolean.TRUE);
        return true;
      }
    } catch (MalformedURLException notAPath) {
      return false;
    }
    return false;
  }
}

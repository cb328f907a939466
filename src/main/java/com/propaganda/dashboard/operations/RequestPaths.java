package com.propaganda.dashboard.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;

/**
 * The page or endpoint a request was for, as a metric's tag: ids become {id} and unknown paths one
 * tag, so the number of series stays that of the application's pages and endpoints.
 */
final class RequestPaths {

  private static final Pattern ID =
      Pattern.compile(
          "/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private static final String RESOURCES = "/jakarta.faces.resource/";

  private static final Pattern PROBE = Pattern.compile("/(health|metrics)(/.*)?");

  private RequestPaths() {}

  /** A health check or a metrics scrape, served by the server at its root. */
  static boolean isProbe(HttpServletRequest request) {
    return PROBE.matcher(request.getRequestURI()).matches();
  }

  static String of(HttpServletRequest request, int status) {
    if (status == HttpServletResponse.SC_NOT_FOUND) {
      return "unknown";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(RESOURCES)) {
      return RESOURCES;
    }
    return ID.matcher(path).replaceAll("/{id}");
  }
}

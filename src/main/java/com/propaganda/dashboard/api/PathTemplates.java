package com.propaganda.dashboard.api;

import com.propaganda.dashboard.monitoring.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Names the endpoint a request matched by its path template ({@code /api/v1/calls/{id}}), for the
 * request metrics: a tag from the endpoints' closed set, whatever the request's URI.
 */
@Provider
public class PathTemplates implements ContainerRequestFilter {

  @Context private ResourceInfo resource;

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (resource.getResourceClass() == null) {
      return;
    }
    request.setAttribute(
        RequestPaths.TEMPLATE,
        request.getServletPath()
            + segment(resource.getResourceClass())
            + segment(resource.getResourceMethod()));
  }

  private static String segment(AnnotatedElement element) {
    Path path = element == null ? null : element.getAnnotation(Path.class);
    if (path == null || path.value().isEmpty() || path.value().equals("/")) {
      return "";
    }
    return path.value().startsWith("/") ? path.value() : "/" + path.value();
  }
}

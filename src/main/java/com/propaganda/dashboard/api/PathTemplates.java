package com.propaganda.dashboard.api;

import com.propaganda.dashboard.monitoring.RequestPaths;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Names the endpoint a request matched by its path template ({@code /api/v1/calls/{id}}), for the
 * request metrics: a tag from the endpoints' closed set, whatever the request's URI. Each resource
 * method's template is worked out once, when the API starts; a request only sets it (through the
 * context's properties, which are the servlet request's attributes): injected request proxies cost
 * about a twentieth of a logged call's server time.
 */
@Provider
public class PathTemplates implements DynamicFeature {

  private static final String API =
      segment(ApiApplication.class.getAnnotation(ApplicationPath.class).value());

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    context.register(
        new Template(
            API + segment(resource.getResourceClass()) + segment(resource.getResourceMethod())));
  }

  /** Sets one resource method's template on each request it answers. */
  record Template(String path) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(RequestPaths.TEMPLATE, path);
    }
  }

  private static String segment(AnnotatedElement element) {
    Path path = element == null ? null : element.getAnnotation(Path.class);
    return path == null ? "" : segment(path.value());
  }

  private static String segment(String path) {
    if (path.isEmpty() || path.equals("/")) {
      return "";
    }
    return path.startsWith("/") ? path : "/" + path;
  }
}

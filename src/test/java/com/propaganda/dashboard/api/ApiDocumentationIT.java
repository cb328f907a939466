package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document names exactly the operations the resources answer, and the docs page. */
@ExtendWith(ArquillianExtension.class)
class ApiDocumentationIT {

  private static final List<Class<?>> RESOURCES =
      List.of(
          CallsResource.class,
          LossReasonsResource.class,
          UsersResource.class,
          SummaryResource.class,
          AuditLogsResource.class,
          ImportsResource.class);

  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "get", POST.class, "post", PATCH.class, "patch", DELETE.class, "delete");

  @Inject private HttpServletRequest request;

  @Test
  void theDocumentDescribesEveryOperationAndNoOther() throws Exception {
    HttpResponse<String> document = fetch("openapi");
    assertEquals(200, document.statusCode());
    assertEquals(documented(document.body()), implemented());
    for (String scope :
        List.of("calls:read", "calls:write", "loss-reasons:write", "reports:read", "audit:read")) {
      assertTrue(document.body().contains("apiKey: [" + scope + "]"), scope);
    }
  }

  @Test
  void theDocsPageAndSwaggerUiAreServedFromTheApplication() throws Exception {
    assertEquals(
        200, fetch("webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode(), "Swagger UI");
    assertTrue(fetch("api-docs/").body().contains("swagger-ui-bundle.js"));
    String script = fetch("api-docs/api-docs.js").body();
    assertTrue(script.contains("'../openapi'"), script);
  }

  /** "get /calls/{id}" for every operation under the document's paths. */
  private static Set<String> documented(String yaml) {
    Set<String> operations = new TreeSet<>();
    String paths = yaml.substring(yaml.indexOf("\npaths:\n"), yaml.indexOf("\ncomponents:\n"));
    String path = null;
    for (String line : paths.split("\n")) {
      Matcher pathLine = Pattern.compile("^  (/\\S+):$").matcher(line);
      Matcher verbLine = Pattern.compile("^    (get|post|patch|delete):$").matcher(line);
      if (pathLine.matches()) {
        path = pathLine.group(1);
      } else if (verbLine.matches()) {
        operations.add(verbLine.group(1) + " " + path);
      }
    }
    return operations;
  }

  private static Set<String> implemented() {
    Set<String> operations = new TreeSet<>();
    for (Class<?> resource : RESOURCES) {
      String base = "/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        VERBS.forEach(
            (verb, name) -> {
              if (method.isAnnotationPresent(verb)) {
                Path sub = method.getAnnotation(Path.class);
                operations.add(name + " " + base + (sub == null ? "" : "/" + sub.value()));
              }
            });
      }
    }
    return operations;
  }

  private HttpResponse<String> fetch(String path) throws Exception {
    String url =
        "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/" + path;
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

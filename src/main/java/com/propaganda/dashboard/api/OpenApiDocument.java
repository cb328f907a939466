package com.propaganda.dashboard.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi}: the API's OpenAPI 3.1 document, written by hand beside the resources ({@code
 * openapi.yaml}), because they answer JSON objects whose shape no scan of the classes can see.
 * Served here rather than by Payara's MicroProfile OpenAPI, which answered an empty document for
 * this application's static file; an exact mapping wins over Payara's {@code /openapi/*} and works
 * the same on WildFly. ApiDocumentationIT keeps the document and the resources in step.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/yaml;charset=UTF-8");
    try (InputStream document = OpenApiDocument.class.getResourceAsStream("openapi.yaml")) {
      document.transferTo(response.getOutputStream());
    }
  }
}

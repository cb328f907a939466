package com.propaganda.dashboard.web;

import com.propaganda.dashboard.database.DatabaseOutage;
import com.propaganda.dashboard.errors.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of every request that failed with an exception outside the API's own mapper (a
 * page, the sign-in mechanism, a filter): 503 with words while the database is not answering,
 * problem+json under /api/, and the general error page otherwise (web.xml).
 */
@WebServlet(FailedRequestAnswer.PATH)
public class FailedRequestAnswer extends HttpServlet {

  static final String PATH = "/failed-request";

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    boolean outage = thrown != null && DatabaseOutage.isOutage(thrown);
    boolean api = failedUri != null && failedUri.startsWith(request.getContextPath() + "/api/");
    if (outage) {
      DatabaseOutage.log(thrown);
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    } else if (thrown != null) {
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
    if (api) {
      Problem problem =
          outage
              ? Problem.of(503, "Service Unavailable", DatabaseOutage.MESSAGE)
              : Problem.of(500, "Internal Server Error", "The request failed; it was logged");
      write(response, Problem.MEDIA_TYPE, problem.toJson().toString());
    } else if (outage) {
      String back = failedUri == null ? request.getContextPath() + "/" : failedUri;
      write(response, "text/html", OutagePage.html(back));
    } else {
      request.getRequestDispatcher("/WEB-INF/errors/error.xhtml").forward(request, response);
    }
  }

  private static void write(HttpServletResponse response, String type, String body)
      throws IOException {
    response.setContentType(type);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}

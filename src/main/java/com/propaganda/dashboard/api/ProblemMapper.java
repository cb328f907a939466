package com.propaganda.dashboard.api;

import com.propaganda.dashboard.audittrail.DeniedAccess;
import com.propaganda.dashboard.database.DatabaseOutage;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.imports.ImportFileException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API request as {@code application/problem+json}: the services' refusals in
 * the forms' words, field by field under the API's field names; anything unforeseen as a 500 that
 * says nothing of the inside (the log has it).
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Inject private DeniedAccess deniedAccess;

  @Inject private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrapped(thrown);
    // The container refuses a role before the audited service sees the call.
    if (cause instanceof AccessLocalException || cause instanceof EJBAccessException) {
      deniedAccess.record(request.getMethod() + " " + request.getRequestURI());
    }
    return answer(problemOf(cause));
  }

  static Response answer(Problem problem) {
    Response.ResponseBuilder answer =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem.toJson().toString());
    if (problem.status() == 503) {
      answer.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
    }
    return answer.build();
  }

  private static Problem problemOf(Throwable thrown) {
    if (thrown instanceof ApiException refused) {
      return refused.problem();
    }
    if (thrown instanceof ImportFileException unreadable) {
      return Problem.of(422, "Unprocessable Content", unreadable.getMessage());
    }
    if (thrown instanceof InvalidInputException invalid) {
      return new Problem(
          422, "Unprocessable Content", "The request breaks a rule", apiNames(invalid));
    }
    if (thrown instanceof com.propaganda.dashboard.errors.NotFoundException) {
      return Problem.of(404, "Not Found", "No such record, or it is not yours to see");
    }
    if (thrown instanceof EJBAccessException || thrown instanceof AccessLocalException) {
      return Problem.of(
          403, "Forbidden", "The key's scopes or its owner's role do not allow this request");
    }
    if (thrown instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      return Problem.of(status.getStatusCode(), status.getReasonPhrase(), web.getMessage());
    }
    if (DatabaseOutage.isOutage(thrown)) {
      DatabaseOutage.log(thrown);
      return Problem.of(503, "Service Unavailable", DatabaseOutage.MESSAGE);
    }
    LOG.log(Level.SEVERE, "API request failed", thrown);
    return Problem.of(500, "Internal Server Error", "The request failed; it was logged");
  }

  private static Throwable unwrapped(Throwable thrown) {
    Throwable inner = thrown;
    while (!(inner instanceof AccessLocalException)
        && inner instanceof EJBException wrapper
        && wrapper.getCause() != null) {
      inner = wrapper.getCause();
    }
    return inner;
  }

  private static Map<String, String> apiNames(InvalidInputException invalid) {
    Map<String, String> named = new LinkedHashMap<>();
    invalid.fieldMessages().forEach((field, message) -> named.put(ApiNames.of(field), message));
    return named;
  }
}

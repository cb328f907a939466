package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.Problem;
import com.propaganda.dashboard.platform.Sha256;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code Idempotency-Key} on POST: the same key and body within 24 hours get the first answer again
 * (marked {@code Idempotent-Replayed: true}) and change nothing; the same key with another body is
 * 422; a retry while the first is still being answered is 409. A server error is not kept, so the
 * retry runs.
 */
@Provider
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String HEADER = "Idempotency-Key";

  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".key";

  private static final int MAX_KEY_LENGTH = 255;

  @EJB private IdempotencyRecords records;

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod())) {
      return;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      request.abortWith(
          ProblemMapper.answer(
              Problem.of(400, "Bad Request", "An Idempotency-Key has 1 to 255 characters")));
      return;
    }
    byte[] body = RequestBody.bounded(request.getEntityStream());
    request.setEntityStream(new ByteArrayInputStream(body));
    IdempotentAnswer earlier =
        records.claim(
            key,
            // The method, path and query are part of what the key stands for: the same body sent
            // as a dry run and then for real are two requests.
            Sha256.hex(
                request.getMethod()
                    + " "
                    + request.getUriInfo().getRequestUri().getRawPath()
                    + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery()
                    + "\n"
                    + new String(body, StandardCharsets.UTF_8)));
    switch (earlier.kind()) {
      case NEW -> request.setProperty(CLAIMED, key);
      case REPLAY -> request.abortWith(replay(earlier));
      case IN_FLIGHT ->
          request.abortWith(
              ProblemMapper.answer(
                  Problem.of(
                      409,
                      "Conflict",
                      "A request with this Idempotency-Key is still being answered")));
      case MISMATCH ->
          request.abortWith(
              ProblemMapper.answer(
                  Problem.of(
                      422,
                      "Unprocessable Content",
                      "This Idempotency-Key was used with another request (method, address or body)")));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof String key)) {
      return;
    }
    if (response.getStatus() >= 500) {
      records.forget(key);
      return;
    }
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    records.answered(
        key,
        response.getStatus(),
        location == null ? null : location.toString(),
        response.getEntity() == null ? null : response.getEntity().toString());
  }

  private static Response replay(IdempotentAnswer earlier) {
    Response.ResponseBuilder answer =
        Response.status(earlier.status())
            .header("Idempotent-Replayed", "true")
            .entity(earlier.body())
            .type(earlier.status() < 400 ? MediaType.APPLICATION_JSON : Problem.MEDIA_TYPE);
    if (earlier.location() != null) {
      answer.header(HttpHeaders.LOCATION, earlier.location());
    }
    return answer.build();
  }
}

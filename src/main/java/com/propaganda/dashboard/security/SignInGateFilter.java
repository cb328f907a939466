package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Refuses the sign-in page and its posts from an address, and posts for an account, that {@link
 * SignInGate} holds shut, with 429 and a page of a few lines: no Faces view, no session, no
 * database, no hash. The refusal is sent {@link #HELD_BACK} late, asynchronously, so no thread
 * waits: a guessing tool that sends its next guess on each answer slows to one guess per connection
 * every two seconds, instead of taking the processors with refusals.
 */
@WebFilter(urlPatterns = "/login.xhtml", asyncSupported = true)
public class SignInGateFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Duration HELD_BACK = Duration.ofSeconds(2);

  private static final int TOO_MANY_REQUESTS = 429;

  @Inject private SignInGate gate;

  @Inject private RequestOrigin origin;

  @Resource private ManagedScheduledExecutorService later;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.capture(request);
    // The page itself too: a shut address would only render it to post a refused sign-in.
    boolean post = "POST".equals(request.getMethod());
    Optional<Duration> shut =
        gate.shutFor(
            origin.ip(),
            post ? request.getParameter("login:workspace") : null,
            post ? request.getParameter("login:email") : null);
    if (shut.isPresent()) {
      // Set now, so the request's log line and metric say what it got.
      response.setStatus(TOO_MANY_REQUESTS);
      holdBack(request, shut.get().minus(HELD_BACK));
      return;
    }
    chain.doFilter(request, response);
  }

  private void holdBack(HttpServletRequest request, Duration wait) {
    AsyncContext refusal = request.startAsync();
    refusal.setTimeout(HELD_BACK.toMillis() * 5);
    later.schedule(
        () -> {
          try {
            refuse((HttpServletResponse) refusal.getResponse(), wait);
          } catch (IOException gone) {
            // The guesser hung up; nothing to answer.
          } finally {
            refusal.complete();
          }
        },
        HELD_BACK.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, wait.toSeconds());
    response.setStatus(TOO_MANY_REQUESTS);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Too many sign-ins · Propaganda Dashboard</title></head><body><main>"
                + "<h1>Too many sign-ins</h1><p role=\"alert\">Too many failed sign-ins from your"
                + " address or for this account. Wait "
                + seconds
                + " seconds, then <a href=\"login.xhtml\">sign in again</a>.</p></main></body></html>");
  }
}

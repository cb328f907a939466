package com.propaganda.dashboard.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in sales rep of the fault test: opens the dashboard or the call list, or logs a call
 * through the call form (a page, then its post), with a pause of one to three seconds between.
 */
final class LoadUser {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]+)\"");

  /** PrimeFaces' CSP nonce, which its script adds to a form when it is posted. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final String base;
  private final String email;
  private final int number;
  private final Queue<Outcome> outcomes;
  private final List<String> acknowledged = new ArrayList<>();
  private HttpClient client;
  private int calls;

  LoadUser(String base, String email, int number, Queue<Outcome> outcomes) {
    this.base = base;
    this.email = email;
    this.number = number;
    this.outcomes = outcomes;
  }

  void signIn() throws IOException {
    client = ClusterLoad.signIn(base, email).client();
  }

  List<String> acknowledgedCalls() {
    return acknowledged;
  }

  void workUntil(long deadline) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (System.currentTimeMillis() < deadline) {
      double pick = random.nextDouble();
      if (pick < 0.4) {
        page("app/dashboard.xhtml", "dashboard-form");
      } else if (pick < 0.8) {
        page("app/calls.xhtml", "calls-form");
      } else {
        logCall();
      }
      pause(1000 + random.nextInt(2000));
    }
  }

  private void page(String path, String expected) {
    long at = System.currentTimeMillis();
    try {
      HttpResponse<String> answer = get(path);
      record(at, answer, answer.body().contains(expected) ? null : "no " + expected, false);
    } catch (IOException e) {
      failed(at, "GET " + path + ": " + e);
    }
  }

  /** The call form, then its post; a call the answer says was saved is acknowledged. */
  private void logCall() {
    long at = System.currentTimeMillis();
    HttpResponse<String> form;
    try {
      form = get("app/call.xhtml");
    } catch (IOException e) {
      failed(at, "GET app/call.xhtml: " + e);
      return;
    }
    Matcher state = VIEW_STATE.matcher(form.body());
    Matcher nonce = NONCE.matcher(form.body());
    if (!state.find() || !nonce.find()) {
      record(at, form, "no view state or nonce on the call form", false);
      return;
    }
    record(at, form, null, false);
    pause(500 + ThreadLocalRandom.current().nextInt(1500));
    String prospect = "load-" + number + "-" + (++calls) + "-" + System.nanoTime();
    String body =
        String.join(
            "&",
            "call-form=call-form",
            "call-form%3AprospectName=" + encode(prospect),
            "call-form%3Atype=OUTBOUND",
            "call-form%3Astatus=NO_SHOW",
            "call-form%3Aoutcome=",
            "call-form%3AlossReason=",
            "call-form%3Asave=",
            "primefaces.nonce=" + encode(nonce.group(1)),
            "jakarta.faces.ViewState=" + encode(state.group(1)));
    long posted = System.currentTimeMillis();
    try {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "app/call.xhtml"))
                  .timeout(TIMEOUT)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      boolean saved = answer.uri().getPath().endsWith("/app/calls.xhtml");
      boolean reopen = answer.body().contains("Please re-open this form");
      if (saved) {
        acknowledged.add(prospect);
      }
      record(
          posted,
          answer,
          saved || reopen ? null : "the call form's post stayed on the form",
          reopen);
    } catch (IOException e) {
      failed(posted, "POST app/call.xhtml: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<String> get(String path) throws IOException {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /**
   * Records an answer; a sign-in page means the session was lost, and the user signs in again (not
   * counted as a failure of that request, but as a user who had to sign in again).
   *
   * @param wrongPage what the page lacked, or null
   */
  private void record(long at, HttpResponse<String> answer, String wrongPage, boolean reopen) {
    long millis = System.currentTimeMillis() - at;
    boolean signedOut = answer.uri().getPath().endsWith("/login.xhtml");
    String failure =
        answer.statusCode() >= 500
            ? answer.uri().getPath() + " answered " + answer.statusCode()
            : signedOut || wrongPage == null ? null : answer.uri().getPath() + ": " + wrongPage;
    outcomes.add(new Outcome(at, millis, failure != null, signedOut, reopen, failure));
    if (signedOut) {
      try {
        signIn();
      } catch (IOException e) {
        failed(System.currentTimeMillis(), "signing in again: " + e);
      }
    }
  }

  private void failed(long at, String failure) {
    outcomes.add(new Outcome(at, System.currentTimeMillis() - at, true, false, false, failure));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

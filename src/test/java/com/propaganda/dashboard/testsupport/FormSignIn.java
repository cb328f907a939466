package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.security.SignedIn;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client that signs in through the login form, as a browser without script would. */
public final class FormSignIn {

  private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]+)\"");
  private static final Pattern NONCE =
      Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

  private FormSignIn() {}

  /**
   * A client with its own cookies, signed in; {@code base} ends with a slash.
   *
   * @return the client, and where the sign-in landed
   */
  public static SignedIn signIn(String base, String workspace, String email, String password)
      throws IOException, InterruptedException {
    return signIn(browser(), base, workspace, email, password);
  }

  /** A client with its own cookies that follows redirects, as a browser does. */
  public static HttpClient browser() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new BrowserCookies())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** Signs in with the given client, which keeps its cookies from earlier requests. */
  public static SignedIn signIn(
      HttpClient client, String base, String workspace, String email, String password)
      throws IOException, InterruptedException {
    String page = get(client, base + "login.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    Matcher nonce = NONCE.matcher(page);
    if (!state.find() || !nonce.find()) {
      throw new IllegalStateException("no sign-in form with its hidden fields at " + base);
    }
    String form =
        String.join(
            "&",
            "login=login",
            "login%3Aworkspace=" + encode(workspace),
            "login%3Aemail=" + encode(email),
            "login%3Apassword=" + encode(password),
            "login%3Asign-in=",
            "primefaces.nonce=" + encode(nonce.group(1)),
            "jakarta.faces.ViewState=" + encode(state.group(1)));
    HttpResponse<String> landed =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new SignedIn(client, landed);
  }

  public static HttpResponse<String> get(HttpClient client, String url)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A signed-in client and the page its sign-in landed on. */
  public record SignedIn(HttpClient client, HttpResponse<String> landing) {}
}

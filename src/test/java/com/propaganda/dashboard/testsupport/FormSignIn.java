package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.security.SignedIn;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client that signs in through the login form, as a browser without script would. */
public final class FormSignIn {

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
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
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login:workspace", workspace);
    fields.put("login:email", email);
    fields.put("login:password", password);
    fields.put("login:sign-in", "");
    HttpResponse<String> landed = submit(client, base + "login.xhtml", page, "login", fields);
    return new SignedIn(client, landed);
  }

  /**
   * Posts a form of a page this client opened, as a browser without script does: the form's name,
   * the given fields, the page's nonce and the view state.
   */
  public static HttpResponse<String> submit(
      HttpClient client, String url, String page, String form, Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("no form with its view state at " + url);
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(form, form);
    all.putAll(fields);
    // PrimeFaces puts its script nonce into the forms of pages that have scripts of their own.
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    all.put("jakarta.faces.ViewState", state.group(1));
    String body =
        all.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
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

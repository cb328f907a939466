package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new password ends the account's other sessions, whoever set it: the session that changed it
 * stays signed in, one opened elsewhere with the old password is sent to sign in again.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeEndsSessionsIT {

  private static final String NEW_PASSWORD = "a password of my own";
  private static final Pattern VIEW_STATE = Pattern.compile("ViewState:0\" value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  @EJB private TestData data;

  @Inject private HttpServletRequest request;

  private Tenant tenant;
  private String base;

  @BeforeEach
  void aTenant() {
    tenant = Tenant.create(data, "Sessions Co");
    base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
  }

  @Test
  void changingThePasswordKeepsThisSessionAndEndsTheOther() throws Exception {
    HttpClient here = signedInRep();
    HttpClient elsewhere = signedInRep();

    HttpResponse<String> changed = changePassword(here, Tenant.PASSWORD, NEW_PASSWORD);

    assertTrue(changed.uri().getPath().endsWith("/app/calls.xhtml"), changed.uri().toString());
    assertTrue(callsPage(here).uri().getPath().endsWith("/app/calls.xhtml"), "still signed in");
    HttpResponse<String> ended = callsPage(elsewhere);
    assertTrue(ended.uri().getPath().endsWith("/login.xhtml"), ended.uri().toString());
    assertTrue(ended.uri().getQuery().contains("ended=true"), ended.uri().toString());
  }

  @Test
  void aPasswordSetWithoutTheSessionEndsIt() throws Exception {
    HttpClient session = signedInRep();

    data.execute(
        "UPDATE users SET password_hash = 'pbkdf2-sha256$1$AA$AA' WHERE id = ?", tenant.rep());

    assertTrue(callsPage(session).uri().getPath().endsWith("/login.xhtml"));
  }

  @Test
  void aSignInThatStoresAStrongerHashEndsNoSession() throws Exception {
    // Tenant.PASSWORD under PBKDF2-HMAC-SHA256 (1,000 iterations), as hashes were stored before.
    data.execute(
        "UPDATE users SET password_hash = ? WHERE id = ?",
        "pbkdf2-sha256$1000$cHJvcGFnYW5kYS1zYWx0IQ$u18DY9Ltfee5CPyC39m2KiQnynMPeM63pBsg6k/slb8",
        tenant.rep());
    String changedAt = passwordChangedAt();

    HttpClient upgrading = signedInRep();
    HttpClient later = signedInRep();

    assertTrue(
        data.text("SELECT password_hash FROM users WHERE id = ?", tenant.rep())
            .startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    assertEquals(changedAt, passwordChangedAt());
    assertTrue(callsPage(upgrading).uri().getPath().endsWith("/app/calls.xhtml"), "still in");
    assertTrue(callsPage(later).uri().getPath().endsWith("/app/calls.xhtml"), "still in");
  }

  private String passwordChangedAt() {
    return data.text("SELECT password_changed_at::text FROM users WHERE id = ?", tenant.rep());
  }

  private HttpClient signedInRep() throws Exception {
    FormSignIn.SignedIn signedIn =
        FormSignIn.signIn(base, tenant.workspace(), "rep@tenant.example", Tenant.PASSWORD);
    HttpResponse<String> calls = callsPage(signedIn.client());
    assertEquals(200, calls.statusCode());
    assertTrue(calls.uri().getPath().endsWith("/app/calls.xhtml"), calls.uri().toString());
    return signedIn.client();
  }

  private HttpResponse<String> callsPage(HttpClient client) throws Exception {
    return FormSignIn.get(client, base + "app/calls.xhtml");
  }

  /** Posts the password page's form as a browser would. */
  private HttpResponse<String> changePassword(HttpClient client, String current, String next)
      throws Exception {
    String page = FormSignIn.get(client, base + "app/password.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    Matcher nonce = NONCE.matcher(page);
    assertTrue(state.find() && nonce.find(), "a password form");
    String form =
        String.join(
            "&",
            "password-form=password-form",
            "password-form%3Acurrent=" + encode(current),
            "password-form%3Anew=" + encode(next),
            "password-form%3Achange=",
            "primefaces.nonce=" + encode(nonce.group(1)),
            "jakarta.faces.ViewState=" + encode(state.group(1)));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "app/password.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

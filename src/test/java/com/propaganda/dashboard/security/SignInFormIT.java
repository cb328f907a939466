package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.FormSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in form posted by a client without script, which sends no script nonce: a failed or
 * incomplete sign-in answers the form again with its message, never an error page.
 */
@ExtendWith(ArquillianExtension.class)
class SignInFormIT {

  @Inject private HttpServletRequest request;

  @Test
  void aWrongPasswordComesBackToTheFormWithTheMessageAndWhatWasTyped() throws Exception {
    HttpResponse<String> answer =
        FormSignIn.signIn(base(), "acme", "ceo@acme.example", "not-the-password").landing();

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.uri().getPath().endsWith("/login.xhtml"), answer.uri().toString());
    assertTrue(answer.body().contains("is not right"), answer.body());
    assertTrue(answer.body().contains("value=\"ceo@acme.example\""), "the email is kept");
    assertFalse(answer.body().contains("not-the-password"), "the password is never sent back");
  }

  @Test
  void aMissingPasswordIsNamedNextToItsField() throws Exception {
    HttpResponse<String> answer =
        FormSignIn.signIn(base(), "acme", "ceo@acme.example", "").landing();

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("Enter your password"), answer.body());
  }

  private String base() {
    return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
  }
}

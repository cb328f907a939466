package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.testsupport.FormSignIn;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users who sign in at the same moment all get their pages. Payara's built-in form mechanism
 * answered 403 to one of five parallel sign-ins; see SessionAuthentication.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSignInIT {

  private static final int USERS = 10;

  @Inject private HttpServletRequest request;

  @Test
  void parallelSignInsAllReachTheirPages() throws Exception {
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    try {
      List<Future<List<Integer>>> answers = new ArrayList<>();
      for (int user = 0; user < USERS; user++) {
        String email = user % 2 == 0 ? "ceo@acme.example" : "rita@acme.example";
        answers.add(
            users.submit(
                () -> {
                  FormSignIn.SignedIn signedIn =
                      FormSignIn.signIn(base, "acme", email, "Demo-Propaganda-2026");
                  int dashboard =
                      FormSignIn.get(signedIn.client(), base + "app/dashboard.xhtml").statusCode();
                  return List.of(signedIn.landing().statusCode(), dashboard);
                }));
      }
      for (Future<List<Integer>> answer : answers) {
        assertEquals(List.of(200, 200), answer.get());
      }
    } finally {
      users.shutdown();
    }
  }
}

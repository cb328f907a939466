package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.database.DatabaseOutage;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.ApiKeys;
import com.propaganda.dashboard.testsupport.Deployments;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped under a signed-in user and an API client: a page answers 503 with the outage
 * page, the API 503 with problem+json, both with the same words; once PostgreSQL is back, both work
 * again without a restart.
 *
 * <p>A server of its own (pom.xml's {@code it.own.server}, run without the suite extension): it
 * stops PostgreSQL under the server, and the tests after it must not inherit pools that lived
 * through an outage.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.applicationWithTestSupport();
  }

  @EJB private TestData data;

  @Inject private ApiKeys keys;

  @Inject private HttpServletRequest request;

  @Test
  void whileTheDatabaseIsDownPagesAndTheApiAnswer503WithWords() throws Exception {
    Tenant tenant = Tenant.create(data, "Outage Co");
    ApiClient api = keys.clientWithEveryScope(tenant, Role.ADMIN);
    String base = "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
    HttpClient browser =
        FormSignIn.signIn(base, tenant.workspace(), "ceo@tenant.example", Tenant.PASSWORD).client();
    assertEquals(200, FormSignIn.get(browser, base + "app/calls.xhtml").statusCode());

    postgres("stop", "-m", "fast");
    try {
      HttpResponse<String> page = FormSignIn.get(browser, base + "app/calls.xhtml");
      assertEquals(503, page.statusCode(), page.body());
      assertTrue(page.body().contains(DatabaseOutage.MESSAGE), page.body());
      assertEquals("5", page.headers().firstValue("Retry-After").orElse(""));

      Answer answer = api.get("calls");
      answer.assertProblem(503);
      assertEquals(DatabaseOutage.MESSAGE, answer.json().getString("detail"));
    } finally {
      postgres("start");
    }
    assertEquals(200, untilAnswered(() -> api.get("calls").status()));
    assertEquals(
        200, untilAnswered(() -> FormSignIn.get(browser, base + "app/calls.xhtml").statusCode()));
  }

  private interface Status {
    int get() throws Exception;
  }

  /** The status once it is no longer 503, waiting up to 30 s for the pool to connect again. */
  private static int untilAnswered(Status status) throws Exception {
    int answered = 503;
    for (int attempt = 0; attempt < 60 && answered == 503; attempt++) {
      answered = status.get();
      if (answered == 503) {
        Thread.sleep(500);
      }
    }
    return answered;
  }

  /** pg_ctlcluster on the newest installed PostgreSQL's main cluster, as the test command runs. */
  private static void postgres(String... action) throws IOException, InterruptedException {
    String version =
        Arrays.stream(new File("/etc/postgresql").list())
            .max(Comparator.comparingInt(Integer::parseInt))
            .orElseThrow();
    String[] command = new String[4 + action.length];
    command[0] = "pg_ctlcluster";
    command[1] = "--skip-systemctl-redirect";
    command[2] = version;
    command[3] = "main";
    System.arraycopy(action, 0, command, 4, action.length);
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertEquals(0, process.waitFor(), String.join(" ", command));
  }
}

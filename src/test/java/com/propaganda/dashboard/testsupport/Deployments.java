package com.propaganda.dashboard.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments of the Arquillian tests: the WAR the build produced, plus what tests add. */
public final class Deployments {

  private static final File BUILT_WAR = new File("target/propaganda-dashboard.war");

  private Deployments() {}

  /** The application as shipped, for tests that drive it from outside. */
  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, BUILT_WAR);
  }

  /** The application plus the in-container test helpers. */
  public static WebArchive applicationWithTestSupport() {
    return application().addPackage(Deployments.class.getPackage());
  }

  /**
   * The application, the test helpers and every in-container test and benchmark, so that one
   * deployment serves every test (SuiteDeployment). The browser tests drive it from outside and
   * stay out: their Selenium types are not in the server.
   */
  static WebArchive applicationWithEveryTest() {
    return applicationWithTestSupport()
        .addPackages(
            true,
            Filters.include(
                "/com/propaganda/dashboard/(?!browser/)[a-z]+/[A-Za-z]+(IT|Benchmark)(\\$[^/]*)?\\.class"),
            "com.propaganda.dashboard");
  }
}

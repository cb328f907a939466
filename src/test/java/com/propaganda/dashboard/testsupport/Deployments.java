package com.propaganda.dashboard.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every Arquillian test uses: the WAR the build produced. */
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
}

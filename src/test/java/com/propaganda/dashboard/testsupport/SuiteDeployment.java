package com.propaganda.dashboard.testsupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment the whole in-container suite shares: arquillian.xml names this class to the suite
 * extension, which deploys it once, before the first test class, on one Payara Micro, and undeploys
 * it after the last. A test class's own {@code @Deployment} counts only when the class runs without
 * the extension, in the failsafe execution for tests that need a server of their own.
 */
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment
  public static WebArchive deployment() {
    return Deployments.applicationWithEveryTest();
  }
}

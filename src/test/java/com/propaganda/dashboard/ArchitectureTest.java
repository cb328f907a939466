package com.propaganda.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.propaganda.dashboard.platform.Sql;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javax.sql.DataSource;

/** Rules of the code's shape that a review would otherwise have to catch. */
@AnalyzeClasses(
    packages = "com.propaganda.dashboard",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * Plain JDBC goes through one gateway, which sets the tenant, the actor and the plan mode on
   * every connection it opens; a connection opened elsewhere would skip them.
   */
  @ArchTest
  static final ArchRule connectionsAreOpenedByTheGatewayOnly =
      noClasses()
          .that()
          .doNotBelongToAnyOf(Sql.class)
          .should()
          .callMethod(DataSource.class, "getConnection")
          .because("Sql is the one place that opens connections and applies ConnectionSettings");

  /**
   * Packages depend one way: platform, passwords, tenancy and audit at the bottom, then users and
   * the web helpers, then the features and the agency console, with sign-in on top. A cycle would
   * tie two packages into one.
   */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("com.propaganda.dashboard.(*)..").should().beFreeOfCycles();

  /** The base packages know no feature: a feature can change without touching them. */
  @ArchTest
  static final ArchRule basePackagesKnowNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage(
              "..dashboard.platform..",
              "..dashboard.passwords..",
              "..dashboard.tenancy..",
              "..dashboard.audit..",
              "..dashboard.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..dashboard.users..",
              "..dashboard.calls..",
              "..dashboard.lossreasons..",
              "..dashboard.dashboard..",
              "..dashboard.auditlog..",
              "..dashboard.agency..",
              "..dashboard.security..");
}

package com.propaganda.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.propaganda.dashboard.database.Sql;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * Packages depend one way: platform, database, errors, mail, spreadsheets, passwords, tenancy and
   * audittrail at the bottom, then users and the web helpers, then the features and the agency
   * console, with sign-in on top. A cycle would tie two packages into one.
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
              "..dashboard.database..",
              "..dashboard.errors..",
              "..dashboard.mail..",
              "..dashboard.spreadsheets..",
              "..dashboard.passwords..",
              "..dashboard.identity..",
              "..dashboard.tenancy..",
              "..dashboard.audittrail..",
              "..dashboard.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..dashboard.users..",
              "..dashboard.calls..",
              "..dashboard.lossreasons..",
              "..dashboard.reports..",
              "..dashboard.auditviewer..",
              "..dashboard.agency..",
              "..dashboard.factors..",
              "..dashboard.security..");

  /**
   * Each table is written by the package of its aggregate, through that package's repository: a
   * statement that writes {@code calls} outside the calls package would be a second writer, free of
   * the call's policy. Read in each class's compiled constants, where every SQL text ends up.
   */
  @ArchTest
  static final ArchRule eachTableIsWrittenByItsOwnPackage =
      classes()
          .that()
          .resideInAPackage("com.propaganda.dashboard..")
          .should(writeOnlyTheirOwnTables())
          .because("one repository per aggregate holds the statements that change its tables");

  /** The packages that own a table, by the tables the application writes in plain SQL. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("calls", "com.propaganda.dashboard.calls"),
          Map.entry("loss_reasons", "com.propaganda.dashboard.lossreasons"),
          Map.entry("imports", "com.propaganda.dashboard.imports"),
          Map.entry("import_changes", "com.propaganda.dashboard.imports"),
          Map.entry("import_mappings", "com.propaganda.dashboard.imports"),
          Map.entry("api_keys", "com.propaganda.dashboard.apikeys"),
          Map.entry("api_idempotency", "com.propaganda.dashboard.api"),
          Map.entry("webhook_endpoints", "com.propaganda.dashboard.webhooks"),
          Map.entry("webhook_deliveries", "com.propaganda.dashboard.webhooks"),
          Map.entry("sign_in_throttle", "com.propaganda.dashboard.security"),
          Map.entry("replica_heartbeat", "com.propaganda.dashboard.database"),
          Map.entry("users", "com.propaganda.dashboard.users"),
          Map.entry("clients", "com.propaganda.dashboard.agency"));

  private static final Pattern WRITES =
      Pattern.compile("(?i)(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_]+)\\b");

  static ArchCondition<JavaClass> writeOnlyTheirOwnTables() {
    return new ArchCondition<>("write only the tables of their own package") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Matcher statement = WRITES.matcher(compiledText(javaClass));
        while (statement.find()) {
          String owner = OWNERS.get(statement.group(2).toLowerCase(Locale.ROOT));
          if (owner != null && !javaClass.getPackageName().startsWith(owner)) {
            events.add(
                SimpleConditionEvent.violated(
                    javaClass,
                    javaClass.getName()
                        + " holds \""
                        + statement.group()
                        + "\", a table of "
                        + owner));
          }
        }
      }
    };
  }

  /** The class file's bytes as text: its string constants are in there as written. */
  private static String compiledText(JavaClass javaClass) {
    URI location =
        javaClass
            .getSource()
            .orElseThrow(() -> new IllegalStateException("No class file for " + javaClass))
            .getUri();
    try (InputStream in = location.toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

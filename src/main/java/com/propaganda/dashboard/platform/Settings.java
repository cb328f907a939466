package com.propaganda.dashboard.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Settings read from the environment, with the defaults the run and test scripts also use. */
public final class Settings {

  private Settings() {}

  /** The database role the application connects as; migrations grant it its rights. */
  public static String applicationRole() {
    return env("DB_USER", "propaganda_app");
  }

  /** Where the database is, for the one connection string migrations build. */
  public static String databaseUrl(String applicationName) {
    return databaseUrl(databaseName(), applicationName);
  }

  /** The same server's database of another name (the tests' copies of it). */
  public static String databaseUrl(String database, String applicationName) {
    return "jdbc:postgresql://"
        + env("DB_HOST", "127.0.0.1")
        + ":"
        + env("DB_PORT", "5432")
        + "/"
        + database
        + "?ApplicationName="
        + applicationName;
  }

  public static String databaseName() {
    return env("DB_NAME", "propaganda");
  }

  /** The schema owner's role, for migrations at start-up only. */
  /** What the migrations fill in: the roles they grant to. */
  public static Map<String, String> migrationPlaceholders() {
    return Map.of(
        "app_role", applicationRole(),
        "dispatcher_role", env("DB_DISPATCHER_USER", "propaganda_dispatcher"),
        "signer_role", signerRole());
  }

  public static String ownerRole() {
    return env("DB_OWNER_USER", "propaganda_owner");
  }

  /** The checkpoint signer's role (DB_SIGNER_USER): it may read the chains' heads, nothing else. */
  public static String signerRole() {
    return env("DB_SIGNER_USER", "propaganda_signer");
  }

  public static String signerPassword() {
    return env("DB_SIGNER_PASSWORD", "");
  }

  /** Empty where the server is not given it: then the migrations ran as a step of their own. */
  public static String ownerPassword() {
    return env("DB_OWNER_PASSWORD", "");
  }

  /**
   * The application role's password, for the schema check a server makes when it does not migrate
   * (its pools have it from the server's configuration).
   */
  public static String applicationPassword() {
    return env("DB_PASSWORD", "");
  }

  /** Whether the demo clients, users and calls are loaded at start-up. */
  public static boolean demoDataEnabled() {
    return Boolean.parseBoolean(env("DEMO_DATA", "false"));
  }

  /**
   * Addresses of reverse proxies whose X-Forwarded-For the audit log believes (comma-separated
   * TRUSTED_PROXIES); none by default, so the connection's own address is recorded.
   */
  public static Set<String> trustedProxies() {
    return Arrays.stream(env("TRUSTED_PROXIES", "").split(","))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The Ed25519 private key (PEM, PKCS#8) that signs audit checkpoints. It is never in the
   * database: whoever can rewrite the database cannot sign a checkpoint for the rewritten chain.
   */
  public static Path auditSigningKey() {
    return Path.of(env("AUDIT_SIGNING_KEY", "var/audit/signing-key.pem"));
  }

  /** The public half (PEM), with which anyone holding it checks checkpoints and receipts. */
  public static Path auditVerifyKey() {
    return Path.of(env("AUDIT_VERIFY_KEY", "var/audit/verify-key.pem"));
  }

  /**
   * Where signed checkpoints are appended, out of the database's reach: a folder per database (a
   * database made anew starts new chains), a file per chain.
   */
  public static Path auditCheckpoints() {
    return Path.of(env("AUDIT_CHECKPOINT_DIR", "var/audit/checkpoints"), databaseName());
  }

  /** The address people open the application at, for links in mail; ends with a slash. */
  public static String publicUrl() {
    String url = env("PUBLIC_URL", "http://localhost:" + env("HTTP_PORT", "8080") + "/");
    return url.endsWith("/") ? url : url + "/";
  }

  /** The SMTP server that sends mail (SMTP_HOST, SMTP_PORT); none writes mail to a folder. */
  public static Optional<String> smtpHost() {
    return Optional.ofNullable(System.getenv("SMTP_HOST")).filter(host -> !host.isBlank());
  }

  public static int smtpPort() {
    return Integer.parseInt(env("SMTP_PORT", "25"));
  }

  public static String mailFrom() {
    return env("MAIL_FROM", "Propaganda Dashboard <no-reply@propaganda.example>");
  }

  /**
   * Without an SMTP server, where each message is written as an .eml file: a folder per database,
   * as for checkpoints. The run script prints it; the tests read their mail there.
   */
  public static Path mailDrop() {
    return Path.of(env("MAIL_DROP_DIR", "var/mail"), databaseName());
  }

  /**
   * Hosts or addresses webhooks may reach although they are private, loopback or link-local
   * (comma-separated WEBHOOK_ALLOWED_HOSTS): none by default, so a webhook cannot probe the
   * server's own network.
   */
  public static Set<String> webhookAllowedHosts() {
    return Arrays.stream(env("WEBHOOK_ALLOWED_HOSTS", "").split(","))
        .map(String::strip)
        .filter(host -> !host.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A failed webhook delivery's first wait before the next try; each later wait doubles. */
  public static int webhookFirstRetrySeconds() {
    return Integer.parseInt(env("WEBHOOK_FIRST_RETRY_SECONDS", "10"));
  }

  /**
   * Where uploaded import files wait between the dry run and the commit (IMPORT_DIR), a folder per
   * database; a file is deleted once imported or after a day.
   */
  public static Path importFiles() {
    return Path.of(env("IMPORT_DIR", "var/imports"), databaseName());
  }

  /**
   * How far behind the primary the reports replica may be before reports read from the primary
   * (REPLICA_MAX_LAG_SECONDS, default 30).
   */
  public static Duration replicaMaxLag() {
    return Duration.ofSeconds(Long.parseLong(env("REPLICA_MAX_LAG_SECONDS", "30")));
  }

  /** This server's name in a cluster (NODE_NAME), else the host's: the log and metrics say it. */
  public static String nodeName() {
    return env("NODE_NAME", env("HOSTNAME", "server"));
  }

  /**
   * The AES-256 key (32 bytes, base64) that seals webhook signing secrets at rest
   * (WEBHOOK_SECRETS_KEY); the same on every server of a deployment.
   */
  public static byte[] webhookSecretsKey() {
    String encoded = env("WEBHOOK_SECRETS_KEY", "");
    byte[] key;
    try {
      key = java.util.Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException notBase64) {
      key = new byte[0];
    }
    if (key.length != 32) {
      throw new IllegalStateException(
          "WEBHOOK_SECRETS_KEY must hold 32 bytes in base64 (openssl rand -base64 32)");
    }
    return key;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

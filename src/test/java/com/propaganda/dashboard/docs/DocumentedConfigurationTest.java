package com.propaganda.dashboard.docs;

import com.propaganda.dashboard.testsupport.MarkdownTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configuration tables of src/docs/operations.md against the variables actually read: by the
 * code and the server configuration (the server's table), and with a default by the scripts (the
 * scripts' table, less what the server reads).
 */
class DocumentedConfigurationTest {

  private static final Pattern SERVER_READ =
      Pattern.compile(
          "(?:env|getenv)\\(\"([A-Z][A-Z0-9_]*)\"|\\$\\{(?:ENV=|env\\.)([A-Z][A-Z0-9_]*)");

  private static final Pattern SCRIPT_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):[-=]");

  @Test
  void theServersTableNamesEveryVariableTheServerReads() throws IOException {
    MarkdownTable table = MarkdownTable.under("operations.md", "### What the server reads");
    table.assertNames("variables", table.codeIn(0), serverVariables());
  }

  @Test
  void theScriptsTableNamesEveryOtherVariableAScriptDefaults() throws IOException {
    MarkdownTable table = MarkdownTable.under("operations.md", "### What the scripts read");
    Set<String> scriptOnly = matches(SCRIPT_DEFAULT, files(".sh", "src/scripts", "db"));
    scriptOnly.removeAll(serverVariables());
    table.assertNames("variables", table.codeIn(0), scriptOnly);
  }

  private static Set<String> serverVariables() throws IOException {
    Set<String> read = matches(SERVER_READ, files(".java", "src/main/java"));
    read.addAll(
        matches(SERVER_READ, files("", "server-config/payara-micro", "server-config/wildfly")));
    return read;
  }

  private static List<Path> files(String suffix, String... folders) throws IOException {
    List<Path> found = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> paths = Files.walk(Path.of(folder))) {
        paths
            .filter(Files::isRegularFile)
            .filter(path -> path.toString().endsWith(suffix))
            .forEach(found::add);
      }
    }
    return found;
  }

  private static Set<String> matches(Pattern pattern, List<Path> files) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path file : files) {
      Matcher match = pattern.matcher(Files.readString(file));
      while (match.find()) {
        names.add(match.group(1) != null ? match.group(1) : match.group(match.groupCount()));
      }
    }
    return names;
  }
}

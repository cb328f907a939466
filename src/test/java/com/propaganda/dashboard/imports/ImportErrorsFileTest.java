package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dry run's errors file: every cell a spreadsheet would run as a formula is written as text.
 */
class ImportErrorsFileTest {

  @TempDir Path folder;

  @Test
  void everyCellIsNeutralisedTheFilesOwnColumnNamesToo() throws IOException {
    Path file = folder.resolve("errors.csv");
    try (ImportErrorsFile errors = new ImportErrorsFile(file)) {
      errors.add(new RowError(7, "=HYPERLINK(\"http://x\")", "+1 555 0100", "@SUM(A1)"));
    }

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertEquals("\uFEFF\"Row\",\"Column\",\"Value\",\"Error\"", lines.get(0));
    assertEquals(
        "\"7\",\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1 555 0100\",\"'@SUM(A1)\"", lines.get(1));
  }
}

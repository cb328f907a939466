package com.propaganda.dashboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SpreadsheetExportTest {

  private static final List<String> ROW =
      List.of(
          "=HYPERLINK(\"http://evil\")",
          "+1 555 0100",
          "-2",
          "@SUM(A1)",
          "Ann \"The\" <b>Boss</b>",
          "");

  @Test
  void csvQuotesEveryCellAndDisarmsFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sheet sheet = new CsvSheet(out)) {
      sheet.row(ROW);
    }
    assertEquals(
        "\uFEFF\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+1 555 0100\",\"'-2\",\"'@SUM(A1)\","
            + "\"Ann \"\"The\"\" <b>Boss</b>\",\"\"\r\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void xlsxIsAWorkbookWithEscapedInlineTextAndDisarmedFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sheet sheet = new XlsxSheet(out)) {
      sheet.row(List.of("When", "Prospect"));
      sheet.row(ROW);
    }
    Map<String, String> parts = unzip(out.toByteArray());
    assertTrue(
        parts
            .keySet()
            .containsAll(
                List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
    String sheetXml = parts.get("xl/worksheets/sheet1.xml");
    assertTrue(sheetXml.contains("<row r=\"2\">"), sheetXml);
    assertTrue(
        sheetXml.contains("<t xml:space=\"preserve\">'=HYPERLINK(&quot;http://evil&quot;)</t>"),
        sheetXml);
    assertTrue(sheetXml.contains("Ann &quot;The&quot; &lt;b&gt;Boss&lt;/b&gt;"), sheetXml);
    assertTrue(sheetXml.endsWith("</sheetData></worksheet>"), sheetXml);
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}

package com.propaganda.dashboard.spreadsheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
  void whatTheExportEscapesTheImportRestoresExactly() {
    for (String cell :
        List.of(
            "=1+1",
            "+1 555 0199",
            "-2",
            "@SUM(A1)",
            "\tindented",
            "'=1+1",
            "''",
            "'",
            "'quoted'",
            "it's",
            "plain",
            "")) {
      assertEquals(cell, SpreadsheetCells.restore(SpreadsheetCells.neutralise(cell)), cell);
    }
    assertEquals("''quoted", SpreadsheetCells.neutralise("'quoted"));
    assertEquals("'plain", SpreadsheetCells.restore("'plain"));
  }

  @Test
  void xlsxIsAWorkbookWhoseCellsReadBackAsTextWithFormulasDisarmed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Sheet sheet = new XlsxSheet(out)) {
      sheet.row(List.of("When", "Prospect"));
      sheet.row(ROW);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      org.apache.poi.ss.usermodel.Sheet calls = workbook.getSheet("Calls");
      assertEquals(2, calls.getPhysicalNumberOfRows());
      List<String> second = new ArrayList<>();
      calls.getRow(1).forEach(cell -> second.add(cell.getStringCellValue()));
      assertEquals(
          List.of(
              "'=HYPERLINK(\"http://evil\")",
              "'+1 555 0100",
              "'-2",
              "'@SUM(A1)",
              "Ann \"The\" <b>Boss</b>",
              ""),
          second);
      assertEquals(CellType.STRING, calls.getRow(1).getCell(0).getCellType());
    }
  }
}

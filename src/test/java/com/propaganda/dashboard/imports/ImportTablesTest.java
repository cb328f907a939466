package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read as tables: the formats, encodings and delimiters people save, and what is refused. */
class ImportTablesTest {

  @TempDir Path folder;

  @Test
  void aSemicolonFileInWindows1252WithAQuotedLineBreakReadsAsItsRows() throws IOException {
    Path file =
        write(
            "Prospect;Notes\r\nCafé Müller;\"first line\r\nsecond; line\"\r\nBäckerei;plain\r\n",
            Charset.forName("windows-1252"));
    Read read = read(file);
    assertEquals("CSV, Windows-1252, semicolon separated", ImportFiles.table(file).description());
    assertEquals(List.of("Prospect", "Notes"), read.headers);
    assertEquals(List.of("Café Müller", "first line\r\nsecond; line"), read.rows.get(0));
    assertEquals(List.of(3L), List.of(read.numbers.get(1)));
  }

  @Test
  void aUtf8FileWithByteOrderMarkAndTabsLosesTheMarkFromItsFirstHeader() throws IOException {
    Path file = write("\uFEFFProspect\tEmail\nÅsa\tasa@example.com\n", StandardCharsets.UTF_8);
    Read read = read(file);
    assertEquals("CSV, UTF-8, tab separated", ImportFiles.table(file).description());
    assertEquals(List.of("Prospect", "Email"), read.headers);
    assertEquals(List.of("Åsa", "asa@example.com"), read.rows.get(0));
  }

  @Test
  void aFileWhoseEncodingChangesAfterItsStartIsRefused() throws IOException {
    Path file = folder.resolve("mixed.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("Prospect\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 7000; i++) {
        out.write("Plain ascii row\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write("Caf\u00e9\n".getBytes(Charset.forName("windows-1252")));
    }
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertTrue(refused.getMessage().contains("CSV UTF-8"), refused.getMessage());
  }

  @Test
  void aFileWithTooManyColumnsIsRefusedAtItsHeader() throws IOException {
    Path file =
        write(String.join(",", Collections.nCopies(201, "c")) + "\n", StandardCharsets.UTF_8);
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertTrue(refused.getMessage().contains("at most 200"), refused.getMessage());
  }

  @Test
  void binaryEmptyAndOldExcelFilesAreRefusedByName() throws IOException {
    Path binary = folder.resolve("photo.csv");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path empty = folder.resolve("empty.csv");
    Files.write(empty, new byte[0]);
    Path xls = folder.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    assertEquals(
        "This is not a CSV or XLSX file: upload a spreadsheet.",
        assertThrows(ImportFileException.class, () -> ImportFiles.table(binary)).getMessage());
    assertEquals(
        "The file is empty.",
        assertThrows(ImportFileException.class, () -> ImportFiles.table(empty)).getMessage());
    assertTrue(
        assertThrows(ImportFileException.class, () -> ImportFiles.table(xls))
            .getMessage()
            .contains(".xls"));
  }

  @Test
  void aWorkbookGivesCachedFormulaValuesIsoDatesAndBlanksForSkippedCells() throws IOException {
    Path file = folder.resolve("calls.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Calls");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Prospect");
      header.createCell(1).setCellValue("Duration");
      header.createCell(2).setCellValue("Scheduled");
      header.createCell(3).setCellValue("Notes");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Harbor Logistics");
      row.createCell(1).setCellFormula("10*60+30");
      CellStyle dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("d/m/yy h:mm"));
      row.createCell(2).setCellValue(LocalDateTime.of(2026, 3, 31, 14, 30));
      row.getCell(2).setCellStyle(dates);
      sheet.createRow(3).createCell(3).setCellValue("only notes");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    Read read = read(file);
    assertEquals(List.of("Prospect", "Duration", "Scheduled", "Notes"), read.headers);
    assertEquals(List.of("Harbor Logistics", "630", "2026-03-31T14:30"), read.rows.get(0));
    assertEquals(List.of("", "", "", "only notes"), read.rows.get(1));
    assertEquals(List.of(2L, 4L), read.numbers);
  }

  @Test
  void aWorkbookWithMergedCellsIsRefused() throws IOException {
    Path file = folder.resolve("merged.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Calls");
      sheet.createRow(0).createCell(0).setCellValue("Prospect");
      sheet.createRow(1).createCell(0).setCellValue("Merged prospect");
      sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertTrue(refused.getMessage().contains("merged cells (A2:A3)"), refused.getMessage());
  }

  /** POI's parsers refuse a DOCTYPE (entity expansion); the file is refused, not a server error. */
  @Test
  void aWorkbookWithADoctypeIsRefused() throws IOException {
    Path file =
        rewritten(
            workbook("Prospect", "Ann"),
            "xl/workbook.xml",
            xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY a \"b\">]>"));
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertEquals("The workbook cannot be read: save it again as .xlsx.", refused.getMessage());
  }

  @Test
  void aCellLongerThanExcelAllowsIsRefusedBeforeItIsGathered() throws IOException {
    Path file =
        rewritten(
            workbook("Prospect", "Ann"),
            "xl/worksheets/sheet1.xml",
            xml ->
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Prospect</t></is>"
                    + "</c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
                    + "x".repeat(XlsxTable.MAX_CELL_CHARACTERS + 1)
                    + "</t></is></c></row></sheetData></worksheet>");
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertEquals("A cell holds more than 32767 characters, Excel's limit.", refused.getMessage());
  }

  @Test
  void aZipBombIsRefusedAsSuch() throws IOException {
    Path file =
        rewritten(
            workbook("Prospect", "Ann"),
            "xl/sharedStrings.xml",
            xml -> xml.replace("Ann", "A".repeat(20_000_000)));
    ImportFileException refused = assertThrows(ImportFileException.class, () -> read(file));
    assertEquals(
        "The file is refused: it expands to more than a hundred times its size.",
        refused.getMessage());
  }

  private Path workbook(String header, String value) throws IOException {
    Path file = folder.resolve("calls.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Calls");
      sheet.createRow(0).createCell(0).setCellValue(header);
      sheet.createRow(1).createCell(0).setCellValue(value);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  /** The workbook with one of its parts changed, as a crafted file would be. */
  private Path rewritten(Path xlsx, String part, UnaryOperator<String> change) throws IOException {
    Path file = folder.resolve("crafted.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(part)) {
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return file;
  }

  private Path write(String content, Charset charset) throws IOException {
    Path file = folder.resolve("upload.csv");
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private static Read read(Path file) throws IOException {
    Read read = new Read();
    ImportFiles.table(file).read(read);
    return read;
  }

  private static final class Read implements ImportTable.Rows {
    final List<String> headers = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<Long> numbers = new ArrayList<>();

    @Override
    public void header(List<String> names) {
      headers.addAll(names);
    }

    @Override
    public void row(long number, List<String> cells) {
      rows.add(cells);
      numbers.add(number);
    }
  }
}

package com.propaganda.dashboard.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The smallest valid XLSX workbook: one sheet of inline strings, streamed row by row, so an export
 * needs neither Apache POI nor the whole list in memory.
 */
public final class XlsxSheet implements Sheet {

  private static final String NS = "http://schemas.openxmlformats.org/";

  private final ZipOutputStream zip;
  private final Writer sheet;
  private int rowNumber;

  public XlsxSheet(OutputStream out) throws IOException {
    zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(
        "[Content_Types].xml",
        "<Types xmlns=\""
            + NS
            + "package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>");
    entry(
        "_rels/.rels",
        "<Relationships xmlns=\""
            + NS
            + "package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + NS
            + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    entry(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + NS
            + "spreadsheetml/2006/main\" xmlns:r=\""
            + NS
            + "officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Calls\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    entry(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\""
            + NS
            + "package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + NS
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>");
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    sheet.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + NS
            + "spreadsheetml/2006/main\"><sheetData>");
  }

  @Override
  public void row(List<String> cells) {
    try {
      rowNumber++;
      sheet.write("<row r=\"" + rowNumber + "\">");
      for (String cell : cells) {
        sheet.write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        sheet.write(escape(SpreadsheetCells.neutralise(cell)));
        sheet.write("</t></is></c>");
      }
      sheet.write("</row>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    sheet.write("</sheetData></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.finish();
  }

  private void entry(String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** XML text, without the control characters XML 1.0 forbids. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

package com.propaganda.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an XLSX workbook through Apache POI's event reader: the sheet's XML is parsed
 * as a stream, a formula gives the value the workbook cached for it (never evaluated), a date cell
 * is written as ISO 8601 whatever its display format, and merged cells refuse the file.
 */
final class XlsxTable implements ImportTable {

  /** Excel's own limit for one cell. */
  static final int MAX_CELL_CHARACTERS = 32_767;

  static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;

  private final Path file;

  XlsxTable(Path file) {
    this.file = file;
  }

  @Override
  public String description() {
    return "Excel workbook (first sheet)";
  }

  @Override
  public void read(Rows rows) throws IOException {
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportFileException("The workbook has no sheet.");
      }
      var handler =
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              null,
              sharedStrings(workbook),
              new RowCollector(rows),
              new IsoDates(),
              false);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = new BoundedCells(new NoMergedCells(SAXHelper.newXMLReader()));
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException
        | SAXException
        | javax.xml.parsers.ParserConfigurationException
        | POIXMLException
        | IllegalArgumentException e) {
      if (e.getCause() instanceof ImportFileException refused) {
        throw refused;
      }
      // A DOCTYPE (refused by POI's parsers against entity expansion) lands here too.
      throw new ImportFileException("The workbook cannot be read: save it again as .xlsx.", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
        throw new ImportFileException(
            "The file is refused: it expands to more than a hundred times its size.", e);
      }
      throw e;
    }
  }

  /**
   * The workbook's shared strings, read whole (POI keeps them in memory), from at most {@link
   * #MAX_SHARED_STRINGS_BYTES} of XML: a file within the upload limit can hold far more once
   * unzipped, and the heap is what a server shares with every user.
   */
  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook)
      throws IOException, SAXException {
    List<PackagePart> parts =
        workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(workbook);
    }
    try (InputStream xml = parts.get(0).getInputStream();
        BoundedInputStream bounded =
            BoundedInputStream.builder()
                .setInputStream(xml)
                .setMaxCount(MAX_SHARED_STRINGS_BYTES)
                .get()) {
      try {
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(bounded);
        refuseIfCutOff(bounded);
        return table;
      } catch (SAXException | IOException cutOff) {
        refuseIfCutOff(bounded);
        throw cutOff;
      }
    }
  }

  private static void refuseIfCutOff(BoundedInputStream sharedStrings) {
    if (sharedStrings.getCount() >= MAX_SHARED_STRINGS_BYTES) {
      throw new ImportFileException(
          "The workbook's text is larger than 32 MB: split it into smaller files.");
    }
  }

  /** Cells of a row in column order, blanks where the sheet skips a cell. */
  private static final class RowCollector implements SheetContentsHandler {

    private final Rows rows;
    private final List<String> cells = new ArrayList<>();
    private boolean header = true;
    private long dataRows;

    RowCollector(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      TableLimits.checkColumns(column + 1);
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      if (header) {
        TableLimits.checkHeader(cells);
        rows.header(List.copyOf(cells));
        header = false;
      } else {
        TableLimits.checkRowCount(++dataRows);
        rows.row(rowNum + 1L, List.copyOf(cells));
      }
    }
  }

  /**
   * Dates as ISO 8601 local date-times, so the file's display format cannot make them ambiguous.
   */
  private static final class IsoDates extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime time = DateUtil.getLocalDateTime(value);
        return time.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }

  /**
   * Refuses a cell longer than Excel allows before its text is gathered: the sheet is streamed, but
   * one cell's text is collected whole, and a crafted file can put hundreds of millions of
   * characters in one.
   */
  private static final class BoundedCells extends XMLFilterImpl {

    private long characters;

    BoundedCells(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      characters = 0;
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      characters += length;
      if (characters > MAX_CELL_CHARACTERS) {
        throw new SAXException(
            new ImportFileException(
                "A cell holds more than " + MAX_CELL_CHARACTERS + " characters, Excel's limit."));
      }
      super.characters(ch, start, length);
    }
  }

  /** Refuses a sheet with merged cells: their values sit in one cell and the rest read empty. */
  private static final class NoMergedCells extends XMLFilterImpl {

    NoMergedCells(XMLReader parent) {
      super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("mergeCell".equals(localName)) {
        throw new SAXException(
            new ImportFileException(
                "The sheet has merged cells ("
                    + atts.getValue("ref")
                    + "): unmerge them so every row has its own values."));
      }
      super.startElement(uri, localName, qName, atts);
    }
  }
}

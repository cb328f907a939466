package com.propaganda.dashboard.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet through Apache POI's streaming writer: at most a window of rows is
 * in memory, the rest waits compressed in a temporary file until the workbook is written out.
 */
public final class XlsxSheet implements Sheet {

  private static final int ROWS_IN_MEMORY = 100;

  private final OutputStream out;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private int rowNumber;

  public XlsxSheet(OutputStream out) {
    this.out = out;
    workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet("Calls");
  }

  @Override
  public void row(List<String> cells) {
    Row row = sheet.createRow(rowNumber++);
    for (int column = 0; column < cells.size(); column++) {
      row.createCell(column).setCellValue(SpreadsheetCells.neutralise(cells.get(column)));
    }
  }

  /** Writes the workbook out and deletes its temporary file. */
  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}

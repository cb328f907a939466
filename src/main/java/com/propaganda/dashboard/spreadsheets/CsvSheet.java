package com.propaganda.dashboard.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV through Commons CSV, every cell quoted, in UTF-8 with a byte order mark so
 * spreadsheet programs read the accents.
 */
public final class CsvSheet implements Sheet {

  private final CSVPrinter printer;

  public CsvSheet(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
  }

  @Override
  public void row(List<String> cells) {
    try {
      printer.printRecord(cells.stream().map(SpreadsheetCells::neutralise).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes; the stream stays open for whoever handed it over. */
  @Override
  public void close() throws IOException {
    printer.flush();
  }
}

package com.propaganda.dashboard.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file through Commons CSV: UTF-8 (with or without a byte order mark) or, when its start is
 * not UTF-8, Windows-1252; comma, semicolon or tab, whichever the first line holds most of outside
 * quotes.
 */
final class CsvTable implements ImportTable {

  private static final int SNIFF_BYTES = 64 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path file;
  private final Charset charset;
  private final boolean byteOrderMark;
  private final char delimiter;

  CsvTable(Path file) throws IOException {
    this.file = file;
    byte[] start = readStart(file);
    byteOrderMark =
        start.length >= 3
            && (start[0] & 0xFF) == 0xEF
            && (start[1] & 0xFF) == 0xBB
            && (start[2] & 0xFF) == 0xBF;
    charset = byteOrderMark || isUtf8(start) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    delimiter = delimiterOf(new String(start, charset));
  }

  @Override
  public String description() {
    String name = delimiter == '\t' ? "tab" : delimiter == ';' ? "semicolon" : "comma";
    return "CSV, "
        + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "Windows-1252")
        + ", "
        + name
        + " separated";
  }

  @Override
  public void read(Rows rows) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        Reader reader = new InputStreamReader(skipMark(in), strictDecoder());
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      boolean header = true;
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        if (header) {
          TableLimits.checkHeader(cells);
          rows.header(cells);
          header = false;
        } else {
          TableLimits.checkRowCount(record.getRecordNumber() - 1);
          rows.row(record.getRecordNumber(), cells);
        }
      }
      if (header) {
        throw new ImportFileException("The file is empty.");
      }
    } catch (CharacterCodingException e) {
      throw new ImportFileException(
          "The file mixes encodings: save it again as \"CSV UTF-8\" and upload that.", e);
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new ImportFileException(
            "The file mixes encodings: save it again as \"CSV UTF-8\" and upload that.", e);
      }
      throw new ImportFileException("The file is not a readable CSV: " + e.getMessage(), e);
    }
  }

  private InputStream skipMark(InputStream in) throws IOException {
    if (byteOrderMark) {
      in.skipNBytes(3);
    }
    return in;
  }

  private java.nio.charset.CharsetDecoder strictDecoder() {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static byte[] readStart(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  /** Whether the bytes are UTF-8, allowing a character cut off at the end of the sample. */
  private static boolean isUtf8(byte[] start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(start);
    CharBuffer chars = CharBuffer.allocate(start.length);
    return !decoder.decode(bytes, chars, false).isError();
  }

  private static char delimiterOf(String start) {
    int[] counts = new int[3];
    char[] candidates = {',', ';', '\t'};
    boolean quoted = false;
    for (char c : start.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int i = 0; i < candidates.length; i++) {
          counts[i] += c == candidates[i] ? 1 : 0;
        }
      }
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      best = counts[i] > counts[best] ? i : best;
    }
    return Arrays.stream(counts).allMatch(n -> n == 0) ? ',' : candidates[best];
  }
}

package com.propaganda.dashboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first table under a heading of a document in src/docs, as rows of cells, and the names in
 * backticks its cells hold: what the drift tests hold against the code and the database.
 */
public final class MarkdownTable {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private final String where;
  private final List<List<String>> rows;

  private MarkdownTable(String where, List<List<String>> rows) {
    this.where = where;
    this.rows = rows;
  }

  public static MarkdownTable under(String document, String heading) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("src/docs", document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = lines.indexOf(heading);
    if (at < 0) {
      throw new AssertionError(document + " has no heading \"" + heading + "\"");
    }
    List<List<String>> rows = new ArrayList<>();
    int line = at + 1;
    while (line < lines.size() && !lines.get(line).startsWith("|")) {
      line++;
    }
    for (line += 2; line < lines.size() && lines.get(line).startsWith("|"); line++) {
      String row = lines.get(line);
      rows.add(
          Arrays.stream(row.substring(1, row.length() - 1).split("\\|", -1))
              .map(String::strip)
              .toList());
    }
    return new MarkdownTable(document + ", table under \"" + heading + "\"", rows);
  }

  /** Every name in backticks in the given column of the rows the filter keeps. */
  public Set<String> codeIn(int column, Predicate<List<String>> rowFilter) {
    Set<String> names = new TreeSet<>();
    for (List<String> row : rows) {
      if (rowFilter.test(row)) {
        Matcher code = CODE.matcher(row.get(column));
        while (code.find()) {
          names.add(code.group(1));
        }
      }
    }
    return names;
  }

  public Set<String> codeIn(int column) {
    return codeIn(column, row -> true);
  }

  /**
   * Fails naming each entry the document lacks and each it has too many, against what the code or
   * the database actually has.
   */
  public void assertNames(String what, Set<String> documented, Set<String> actual) {
    Set<String> missing = new TreeSet<>(actual);
    missing.removeAll(documented);
    Set<String> extra = new TreeSet<>(documented);
    extra.removeAll(actual);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new AssertionError(
          where
              + ", "
              + what
              + ": missing "
              + (missing.isEmpty() ? "nothing" : missing)
              + "; listed but not there "
              + (extra.isEmpty() ? "nothing" : extra));
    }
  }
}

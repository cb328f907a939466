package com.propaganda.dashboard.spreadsheets;

import java.io.IOException;
import java.util.List;

/** A spreadsheet being written row by row; the caller closes it. */
public interface Sheet extends AutoCloseable {

  void row(List<String> cells);

  @Override
  void close() throws IOException;
}

package com.propaganda.dashboard.imports;

import java.io.Serializable;

/** Why one row of the file cannot be imported: its number, the column, the value and the rule. */
public record RowError(long row, String column, String value, String message)
    implements Serializable {}

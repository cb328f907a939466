package com.propaganda.dashboard.auditviewer;

import java.io.Serializable;

/** One field of an audit row as the viewer shows it: its value before and after, as text. */
public record FieldChange(String field, String before, String after) implements Serializable {}

package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.util.UUID;

/** A saved view as its menu lists it; {@code query} is the call list's query string. */
public record SavedViewRow(UUID id, String name, String query, boolean byDefault)
    implements Serializable {}

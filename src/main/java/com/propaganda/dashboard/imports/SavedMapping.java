package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.util.UUID;

/** A column mapping kept under a name for the next file of the same shape. */
public record SavedMapping(UUID id, String name, ImportMapping mapping) implements Serializable {}

package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A file a user uploaded to import, kept on the server until it is imported or a day old.
 *
 * @param format what it was read as (format, encoding, delimiter), shown on the mapping step
 * @param headers the first row, which names the columns
 */
public record UploadedFile(
    UUID id, String name, String sha256, long bytes, String format, List<String> headers)
    implements Serializable {}

package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Uploaded import files on the server's disk, a folder per client, so a file id of one client names
 * nothing in another's. A file is streamed to disk with its SHA-256 and never held in memory.
 */
@ApplicationScoped
public class ImportFiles {

  /** The largest file taken. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final Duration KEPT = Duration.ofDays(1);

  /**
   * @throws ImportFileException for an empty, oversized, binary or legacy Excel file
   */
  public UploadedFile save(UUID clientId, String name, InputStream content) throws IOException {
    Objects.requireNonNull(content, "content");
    Path folder = folder(clientId);
    Files.createDirectories(folder);
    forgetOldFiles(folder);
    UUID id = UUID.randomUUID();
    Path file = folder.resolve(id.toString());
    MessageDigest sha256 = sha256();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
      long copied = copyAtMost(content, out, MAX_BYTES + 1);
      if (copied > MAX_BYTES) {
        throw new ImportFileException(
            "The file is larger than 50 MB: split it into smaller files.");
      }
    } catch (ImportFileException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    try {
      ImportTable table = table(file);
      List<String> headers = headers(table);
      return new UploadedFile(
          id,
          baseName(name),
          HexFormat.of().formatHex(sha256.digest()),
          Files.size(file),
          table.description(),
          headers);
    } catch (ImportFileException | IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * The file as a table.
   *
   * @throws NotFoundException when the client has no such file (it is deleted a day after upload)
   * @throws ImportFileException when it cannot be read
   */
  ImportTable open(UUID clientId, UUID fileId) {
    Path file = folder(clientId).resolve(fileId.toString());
    if (!Files.isRegularFile(file)) {
      throw new NotFoundException("Uploaded file");
    }
    try {
      return table(file);
    } catch (IOException e) {
      throw new ImportFileException("The file could not be read: upload it again.", e);
    }
  }

  /** Where the dry run writes every row error of the file, as CSV. */
  Path errorsOf(UUID clientId, UUID fileId) {
    return folder(clientId).resolve(fileId + ".errors.csv");
  }

  /** Deletes the file and its errors; answers whether there was such a file. */
  boolean delete(UUID clientId, UUID fileId) throws IOException {
    Files.deleteIfExists(errorsOf(clientId, fileId));
    return Files.deleteIfExists(folder(clientId).resolve(fileId.toString()));
  }

  private static Path folder(UUID clientId) {
    return Settings.importFiles().resolve(clientId.toString());
  }

  static ImportTable table(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(8192);
    }
    if (start.length == 0) {
      throw new ImportFileException("The file is empty.");
    }
    if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
      return new XlsxTable(file);
    }
    if (start.length >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF) {
      throw new ImportFileException(
          "This is an old Excel workbook (.xls): save it as .xlsx or CSV and upload that.");
    }
    for (byte b : start) {
      if (b == 0) {
        throw new ImportFileException("This is not a CSV or XLSX file: upload a spreadsheet.");
      }
    }
    return new CsvTable(file);
  }

  /** The header row, read without reading the rest. */
  private static List<String> headers(ImportTable table) throws IOException {
    List<String> headers = new ArrayList<>();
    try {
      table.read(
          new ImportTable.Rows() {
            @Override
            public void header(List<String> names) {
              headers.addAll(names);
              throw new HeaderRead();
            }

            @Override
            public void row(long number, List<String> cells) {}
          });
    } catch (HeaderRead read) {
      return headers;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return headers;
  }

  /** Stops reading once the header is read. */
  private static final class HeaderRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderRead() {
      super(null, null, false, false);
    }
  }

  private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long copied = 0;
    int read;
    while (copied < limit && (read = in.read(buffer)) != -1) {
      out.write(buffer, 0, read);
      copied += read;
    }
    return copied;
  }

  private static String baseName(String name) {
    String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").strip();
    return base.isEmpty() ? "upload" : base.length() > 255 ? base.substring(0, 255) : base;
  }

  private static void forgetOldFiles(Path folder) throws IOException {
    Instant before = Instant.now().minus(KEPT);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.platform.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Signed checkpoints, appended to one file per chain in a directory the database cannot write (its
 * roles reach no server file). Lines are only ever appended; a deployment that must survive a
 * compromised application server ships the directory to write-once storage.
 */
public final class CheckpointStore {

  private final Path directory;

  public CheckpointStore(Path directory) {
    this.directory = directory;
  }

  public static CheckpointStore configured() {
    return new CheckpointStore(Settings.auditCheckpoints());
  }

  synchronized void append(Checkpoint checkpoint) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(
        file(checkpoint.chain()),
        checkpoint.line() + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.SYNC);
  }

  /** Every checkpoint of the chain, oldest first. */
  public List<Checkpoint> all(UUID chain) {
    Path file = file(chain);
    if (!Files.exists(file)) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(line -> Checkpoint.parse(chain, line))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Checkpoint> latest(UUID chain) {
    List<Checkpoint> all = all(chain);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private Path file(UUID chain) {
    return directory.resolve(chain + ".checkpoints");
  }
}

package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.testsupport.MeasuredPhase;
import com.propaganda.dashboard.testsupport.SignInAs;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A generated 100,000-row CSV imported into the benchmark client (500,000 calls): dry-run time,
 * commit rate (audit rows, rollups and webhooks' triggers included) and the server's heap peak. Run
 * by src/scripts/benchmark-import.sh; prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

  private static final int ROWS = 100_000;
  private static final String HEADER =
      "External id,Prospect,Email,Phone,Type,Status,Outcome,Loss reason,Rep email,Scheduled,"
          + "Completed,Duration,Notes";

  @EJB private ImportService imports;

  @Inject private SignInAs signIn;

  @Test
  void measure() throws Exception {
    signIn.user("bench", "ceo@bench.example", "Demo-Propaganda-2026");
    Path file = generate();
    UploadedFile uploaded;
    try (InputStream content = Files.newInputStream(file)) {
      uploaded = imports.upload("benchmark.csv", content);
    }
    ImportMapping mapping = ImportMapping.guess(uploaded.headers());
    resetHeapPeaks();

    long dryRunStart = System.nanoTime();
    ImportCheck check = imports.dryRun(uploaded.id(), mapping);
    double dryRunSeconds = (System.nanoTime() - dryRunStart) / 1e9;
    MeasuredPhase.nonEmpty("dry run", check.creates());

    long commitStart = System.nanoTime();
    UUID started = imports.start(uploaded, mapping, check.rows());
    ImportSummary ended = awaitEnd(started);
    double commitSeconds = (System.nanoTime() - commitStart) / 1e9;
    MeasuredPhase.nonEmpty("commit", ended.created());

    System.out.println(
        String.format(
            Locale.ROOT,
            "%nImport benchmark%n"
                + "File: %,d rows, %.1f MB CSV%n"
                + "Dry run: %.1f s (%,d to create, %,d errors)%n"
                + "Commit: %.1f s, %,.0f rows/s (%s, %,d created)%n"
                + "Heap peak during dry run and commit: %,d MB (of %,d MB max)%n"
                + "End of the import benchmark%n",
            ROWS,
            Files.size(file) / 1e6,
            dryRunSeconds,
            check.creates(),
            check.errors(),
            commitSeconds,
            ended.created() / commitSeconds,
            ended.state(),
            ended.created(),
            heapPeakMegabytes(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    Files.delete(file);
  }

  private static Path generate() throws IOException {
    Path file = Files.createTempFile("import-benchmark", ".csv");
    LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.newLine();
      for (int i = 0; i < ROWS; i++) {
        boolean lost = i % 4 == 1;
        LocalDateTime at = start.plusMinutes(7L * i);
        out.write(
            String.join(
                ",",
                "BENCH-" + i,
                "Imported prospect " + i,
                "i" + i + "@imported.example",
                "+1 555 " + (1000 + i % 9000),
                i % 3 == 0 ? "inbound" : "outbound",
                "completed",
                lost ? "lost" : i % 4 == 2 ? "won" : "tbd",
                lost ? "Reason " + (1 + i % 8) : "",
                "rep" + (1 + i % 40) + "@bench.example",
                at.toString(),
                at.plusMinutes(20).toString(),
                Integer.toString(300 + i % 1200),
                "\"Imported, with a note\""));
        out.newLine();
      }
    }
    return file;
  }

  private ImportSummary awaitEnd(UUID importId) throws InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < until) {
      ImportSummary summary = imports.summary(importId);
      if (!"running".equals(summary.state())) {
        return summary;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The import did not end within 10 minutes");
  }

  private static void resetHeapPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeakMegabytes() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum()
        / (1024 * 1024);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }
}

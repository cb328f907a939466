package com.propaganda.dashboard.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time spent on this machine while a benchmark runs, read from Linux's /proc/stat (every
 * process: the server, PostgreSQL, the callers) and from this JVM's own account, so a figure per
 * request says where the cores went.
 */
public final class CpuUse {

  /** Linux counts /proc/stat in clock ticks of 10 ms (USER_HZ = 100 on every mainstream kernel). */
  private static final double MILLIS_PER_TICK = 10.0;

  private final long machineTicks;
  private final long jvmNanos;

  private CpuUse(long machineTicks, long jvmNanos) {
    this.machineTicks = machineTicks;
    this.jvmNanos = jvmNanos;
  }

  public static CpuUse now() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuUse(busyTicks(), os.getProcessCpuTime());
  }

  /** What was spent between {@code start} and now. */
  public static CpuUse since(CpuUse start) {
    CpuUse now = now();
    return new CpuUse(now.machineTicks - start.machineTicks, now.jvmNanos - start.jvmNanos);
  }

  /** Milliseconds of one core the whole machine was busy. */
  public double machineMillis() {
    return machineTicks * MILLIS_PER_TICK;
  }

  /** Milliseconds of one core this JVM used. */
  public double jvmMillis() {
    return jvmNanos / 1e6;
  }

  /** user + nice + system + irq + softirq + steal of the "cpu" line: busy, not idle or iowait. */
  private static long busyTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long[] ticks = Arrays.stream(fields).skip(1).mapToLong(Long::parseLong).toArray();
      return ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
    } catch (IOException e) {
      throw new IllegalStateException("/proc/stat is unreadable: CPU use needs Linux", e);
    }
  }
}

package com.propaganda.dashboard.cluster;

import com.propaganda.dashboard.testsupport.FormSignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The fault test's users (src/scripts/verify-cluster.sh): signed-in sales reps of the demo client
 * who open the dashboard and the call list and log calls through the load balancer for a bounded
 * time, while the script kills and restarts servers and databases. Then it prints, per fault, what
 * the users saw, and writes the calls they were told were saved, for the script to count in the
 * database.
 *
 * <p>Arguments: base URL, number of users, seconds, the script's fault timeline (a line per fault:
 * epoch milliseconds, a tab, what happened), the file for the acknowledged calls.
 */
public final class ClusterLoad {

  private ClusterLoad() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int users = Integer.parseInt(args[1]);
    Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
    Path timeline = Path.of(args[3]);
    Path acknowledged = Path.of(args[4]);

    List<LoadUser> signedIn = new ArrayList<>();
    ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    for (int n = 1; n <= users; n++) {
      String email = String.format("load%02d@acme.example", n);
      signedIn.add(new LoadUser(base, email, n, outcomes));
    }
    for (LoadUser user : signedIn) {
      user.signIn();
    }
    System.out.println(users + " users signed in; load runs for " + length.toSeconds() + " s");
    Files.writeString(timeline, System.currentTimeMillis() + "\tno fault (load starts)\n");

    long deadline = System.currentTimeMillis() + length.toMillis();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    for (LoadUser user : signedIn) {
      pool.submit(() -> user.workUntil(deadline));
    }
    pool.shutdown();
    if (!pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }

    List<String> saved = new ArrayList<>();
    signedIn.forEach(user -> saved.addAll(user.acknowledgedCalls()));
    Files.write(acknowledged, saved);
    new FaultReport(FaultReport.readTimeline(timeline), List.copyOf(outcomes), saved.size())
        .print(System.out);
  }

  /** Signs a user in, as the test's clients all do. */
  static FormSignIn.SignedIn signIn(String base, String email) throws IOException {
    try {
      return FormSignIn.signIn(base, "acme", email, "Demo-Propaganda-2026");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}

package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.propaganda.dashboard.calls.CallsWritten;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentDashboardsTest {

  private static final UUID CLIENT = UUID.randomUUID();
  private static final UUID OTHER_CLIENT = UUID.randomUUID();
  private static final UUID REP = UUID.randomUUID();
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 29);

  private final AtomicLong nanos = new AtomicLong();
  private Duration lag = Duration.ZERO;
  private final RecentDashboards recent = new RecentDashboards(() -> lag, nanos::get);
  private final AtomicInteger computed = new AtomicInteger();

  @Test
  void theSameDashboardIsComputedOnceWithinFiveSeconds() {
    Dashboard first = open(team(CLIENT));
    later(Duration.ofMillis(4_999));
    assertSame(first, open(team(CLIENT)));
    later(Duration.ofMillis(1));
    assertNotSame(first, open(team(CLIENT)));
    assertEquals(2, computed.get());
  }

  @Test
  void theReplicasLagShortensHowLongItIsKept() {
    lag = Duration.ofSeconds(3);
    Dashboard first = open(team(CLIENT));
    later(Duration.ofMillis(1_999));
    assertSame(first, open(team(CLIENT)));
    later(Duration.ofMillis(1));
    assertNotSame(first, open(team(CLIENT)));
  }

  @Test
  void nothingIsKeptWhenTheFiguresAreAlreadyFiveSecondsOld() {
    lag = Duration.ofSeconds(5);
    Dashboard first = open(team(CLIENT));
    assertNotSame(first, open(team(CLIENT)));
    lag = Duration.ofSeconds(40);
    assertNotSame(first, open(team(CLIENT)));
    assertEquals(3, computed.get());
  }

  @Test
  void aSalesUsersOwnDashboardIsNotTheTeamsForThatRep() {
    Dashboard team = open(DashboardKey.of(CLIENT, null, ZONE, TODAY, forRep(REP)));
    Dashboard own = open(DashboardKey.of(CLIENT, REP, ZONE, TODAY, forRep(REP)));
    assertNotSame(team, own);
  }

  @Test
  void anotherDayOrZoneOrFilterIsAnotherDashboard() {
    Dashboard first = open(team(CLIENT));
    assertNotSame(first, open(DashboardKey.of(CLIENT, null, ZONE, TODAY.plusDays(1), all())));
    assertNotSame(first, open(DashboardKey.of(CLIENT, null, ZoneId.of("UTC"), TODAY, all())));
    DashboardFilter longerQueue = all();
    longerQueue.setUndecidedDays(7);
    assertNotSame(first, open(DashboardKey.of(CLIENT, null, ZONE, TODAY, longerQueue)));
    assertSame(first, open(team(CLIENT)));
  }

  @Test
  void writtenCallsDropTheirClientsDashboardsOnly() {
    Dashboard mine = open(team(CLIENT));
    Dashboard theirs = open(team(OTHER_CLIENT));
    recent.dropAfterCommit(new CallsWritten(CLIENT));
    assertNotSame(mine, open(team(CLIENT)));
    assertSame(theirs, open(team(OTHER_CLIENT)));
  }

  @Test
  void aDashboardComputedWhileCallsWereWrittenServesOnlyItsCaller() {
    Dashboard during =
        recent.get(
            team(CLIENT),
            () -> {
              recent.dropAfterCommit(new CallsWritten(CLIENT));
              return dashboard();
            });
    assertNotSame(during, open(team(CLIENT)));
  }

  private Dashboard open(DashboardKey key) {
    return recent.get(key, this::dashboard);
  }

  private Dashboard dashboard() {
    computed.incrementAndGet();
    return new Dashboard(all(), TODAY, null, null, null, null, 0, null, null, null);
  }

  private void later(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  private static DashboardKey team(UUID client) {
    return DashboardKey.of(client, null, ZONE, TODAY, all());
  }

  private static DashboardFilter all() {
    DashboardFilter filter = new DashboardFilter();
    filter.setPreset(PeriodPreset.ALL_TIME);
    return filter;
  }

  private static DashboardFilter forRep(UUID rep) {
    return all().forRep(rep);
  }
}

package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallFilterQueryTest {

  @Test
  void aDrillDownLinkGivesBackTheSameFilter() {
    CallFilter filter = new CallFilter();
    filter.setStatus(CallStatus.NO_SHOW);
    filter.setOutcome(CallOutcome.TBD);
    filter.setType(CallType.INBOUND);
    filter.setRepId(UUID.randomUUID());
    filter.setWithoutLossReason(true);
    filter.setPlacedFrom(LocalDate.parse("2026-01-10"));
    filter.setPlacedTo(LocalDate.parse("2026-01-16"));
    filter.setFromReport(true);

    assertEquals(filter.state(), CallFilter.fromQuery(parse(filter.toQuery())::get).state());
  }

  @Test
  void valuesThatDoNotParseAreIgnored() {
    Map<String, String> forged =
        Map.of("status", "deleted", "rep", "'; DROP TABLE calls", "from", "yesterday");
    CallFilter filter = CallFilter.fromQuery(forged::get);
    assertEquals(new CallFilter().state(), filter.state());
    assertTrue(filter.toQuery().isEmpty());
  }

  private static Map<String, String> parse(String query) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(
          parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return parameters;
  }
}

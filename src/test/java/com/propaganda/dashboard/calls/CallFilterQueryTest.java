package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.platform.Text;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The call list's filter language, as links and the API read it. */
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

    assertEquals(
        filter.state(), CallFilterQuery.read(parse(filter.toQuery())::get).filter().state());
  }

  @Test
  void valuesThatDoNotParseAreLeftOutAndNamedWithWhatTheyShouldBe() {
    Map<String, String> forged =
        Map.of("status", "deleted", "rep", "'; DROP TABLE calls", "from", "yesterday");
    CallFilterQuery.Read read = CallFilterQuery.read(forged::get);
    CallFilter filter = read.filter();
    assertEquals(new CallFilter().state(), filter.state());
    assertTrue(filter.toQuery().isEmpty());
    assertEquals(
        Map.of(
            "status", "One of completed, no-show, rescheduled",
            "rep_id", "An id (UUID)",
            "from", "A date like 2026-03-01"),
        read.refused());
  }

  @Test
  void aLinkAndTheApiReadTheSameNamesAndBothSpellingsOfAValue() {
    UUID rep = UUID.randomUUID();
    CallFilter api =
        CallFilterQuery.read(
                Map.of("status", "no-show", "outcome", "tbd", "rep_id", rep.toString())::get)
            .filter();
    CallFilter link =
        CallFilterQuery.read(
                Map.of("status", "NO_SHOW", "outcome", "TBD", "rep", rep.toString())::get)
            .filter();
    assertEquals(api.state(), link.state());
    assertEquals(CallStatus.NO_SHOW, api.getStatus());
    assertEquals(rep, link.getRepId());
  }

  @Test
  void aControlCharacterOrAnOverlongSearchOrAFarTimeIsRefused() {
    Map<String, String> refused =
        CallFilterQuery.read(
                Map.of(
                        "q", "x".repeat(256),
                        "type", "in\u0000bound",
                        "updated_since", "+999999999-01-01T00:00:00Z",
                        "without_loss_reason", "yes")
                    ::get)
            .refused();
    assertEquals(
        List.of("q", "type", "updated_since", "without_loss_reason"),
        refused.keySet().stream().sorted().toList());
    assertEquals(Text.CONTROL_CHARACTER, refused.get("type"));
    assertEquals(
        CallFilterQuery.read(Map.of("q", "x".repeat(255))::get).filter().getSearch(),
        "x".repeat(255));
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

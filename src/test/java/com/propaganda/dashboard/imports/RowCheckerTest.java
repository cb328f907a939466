package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.propaganda.dashboard.calls.CallField;
import com.propaganda.dashboard.calls.CallPolicy;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.EveryCallField;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import's door of the field registry: a file with the export's header fills every field of the
 * call, so the test fails when the import leaves one out.
 */
class RowCheckerTest {

  private static final UUID CALL = UUID.fromString("0d000000-0000-4000-8000-0000000000f1");

  @Test
  void aRowUnderTheExportsHeaderFillsEveryField() throws ReflectiveOperationException {
    ClientLookups lookups = new ClientLookups();
    lookups.addRep(UUID.randomUUID(), "rep@example.com", true);
    lookups.addLossReason(UUID.randomUUID(), "Price", true);
    List<String> headers = CallField.headers();
    RowChecker checker =
        new RowChecker(
            ImportMapping.guess(headers),
            headers,
            lookups,
            new CallPolicy(lookups, Role.ADMIN, UUID.randomUUID()),
            ZoneId.of("America/New_York"));
    List<String> row =
        List.of(
            CALL.toString(),
            "crm-1",
            "Dana Prospect",
            "dana@example.com",
            "+1 555 0100",
            "outbound",
            "completed",
            "lost",
            "Price",
            "rep@example.com",
            "2026-03-01 09:30:00-05:00",
            "2026-03-01 09:35:00-05:00",
            "300",
            "Call back in May");
    assertEquals(headers.size(), row.size());

    RowChecker.Checked checked = checker.check(2, row, null);

    assertEquals(List.of(), checked.errors());
    assertEquals(CALL, checked.row().callId());
    for (CallField field : CallField.values()) {
      if (field != CallField.ID) {
        assertNotNull(EveryCallField.getter(field).invoke(checked.row().call()), field.name());
      }
    }
  }
}

package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.calls.CallExport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mappings guessed from headers, and kept as JSON. */
class ImportMappingTest {

  @Test
  void headersAreMatchedIgnoringCaseSpacesAndCommonOtherNames() {
    ImportMapping guessed =
        ImportMapping.guess(
            List.of(
                "Contact Name",
                "E-mail",
                "call_type",
                "STATUS",
                "Sales rep",
                "Call date",
                "Whatever"));
    assertEquals(
        Map.of(
            ImportField.PROSPECT, "Contact Name",
            ImportField.EMAIL, "E-mail",
            ImportField.TYPE, "call_type",
            ImportField.STATUS, "STATUS",
            ImportField.REP_EMAIL, "Sales rep",
            ImportField.SCHEDULED, "Call date"),
        guessed.columns());
  }

  @Test
  void theCallListsExportMapsEveryFieldByItself() {
    assertEquals(
        ImportField.values().length, ImportMapping.guess(CallExport.HEADER).columns().size());
  }

  @Test
  void aMappingSurvivesItsJson() {
    ImportMapping mapping =
        new ImportMapping(
            Map.of(ImportField.PROSPECT, "Name \"quoted\"", ImportField.NOTES, "Notes"),
            DateOrder.DAY_FIRST,
            false,
            DurationUnit.MINUTES_SECONDS,
            true,
            true);
    assertEquals(mapping, ImportMapping.fromJson(mapping.toJson()));
  }
}

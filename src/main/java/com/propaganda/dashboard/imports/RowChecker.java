package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallField;
import com.propaganda.dashboard.calls.CallPolicy;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Uuids;
import com.propaganda.dashboard.spreadsheets.SpreadsheetCells;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one row of the file as a call and checks it with {@link CallPolicy}, so a call that the
 * form would refuse is refused here, field by field, under the file's own column names.
 */
final class RowChecker {

  private final ImportMapping mapping;
  private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
  private final ClientLookups lookups;
  private final CallPolicy policy;
  private final CellValues values;

  RowChecker(
      ImportMapping mapping,
      List<String> headers,
      ClientLookups lookups,
      CallPolicy policy,
      ZoneId zone) {
    this.mapping = mapping;
    this.lookups = lookups;
    this.policy = policy;
    this.values = new CellValues(mapping, zone);
    mapping
        .columns()
        .forEach(
            (field, header) -> {
              int index = headers.indexOf(header);
              if (index >= 0) {
                columns.put(field, index);
              }
            });
  }

  /** The text of the row's Id column as a call id; null when blank, unmapped or not an id. */
  UUID callId(List<String> cells) {
    try {
      String text = new Reading(0, cells).text(ImportField.ID);
      return text == null ? null : Uuids.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The text of the row's External id column; null when blank or unmapped. */
  String externalId(List<String> cells) {
    return new Reading(0, cells).text(ImportField.EXTERNAL_ID);
  }

  /**
   * The row as a call, or why not: every broken field of the row. The mapped columns fill the
   * fields of the call ({@code current}, or an empty one for a new call); the fields of unmapped
   * columns keep its values.
   */
  Checked check(long number, List<String> cells, CallDraft current) {
    Reading reading = new Reading(number, cells);
    CallDraft call = current == null ? new CallDraft() : current.copy();
    for (ImportField field : columns.keySet()) {
      fill(reading, field, call);
    }
    String newReason =
        columns.containsKey(ImportField.LOSS_REASON) ? lossReason(reading, call) : null;
    UUID callId = reading.value(ImportField.ID, RowChecker::knownId);
    if (call.getOwnerId() == null && !reading.hasError(ImportField.REP_EMAIL)) {
      reading.reject(ImportField.REP_EMAIL, "Name the rep by the email they sign in with");
    }
    policy
        .check(call, current)
        .byField()
        .forEach(
            (property, message) ->
                reading.reject(ImportField.of(CallField.ofProperty(property)), message));
    if (ClientLookups.REASON_TO_ADD.equals(call.getLossReasonId())) {
      call.setLossReasonId(null);
    }
    return reading.errors.isEmpty()
        ? new Checked(new ImportRow(number, call, callId, newReason), List.of())
        : new Checked(null, reading.errors);
  }

  /** Sets the field from its column; an empty cell empties it. */
  private void fill(Reading reading, ImportField field, CallDraft call) {
    switch (field.callField()) {
      case ID, LOSS_REASON -> {
        // The id names the call to update; a reason's name may be one the import adds.
      }
      case EXTERNAL_ID -> call.setExternalId(reading.text(field));
      case PROSPECT_NAME -> call.setProspectName(reading.text(field));
      case PROSPECT_EMAIL -> call.setProspectEmail(reading.text(field));
      case PROSPECT_PHONE -> call.setProspectPhone(reading.text(field));
      case TYPE -> call.setType(reading.value(field, CellValues::type));
      case STATUS -> call.setStatus(reading.value(field, CellValues::status));
      case OUTCOME -> call.setOutcome(reading.value(field, CellValues::outcome));
      case REP -> call.setOwnerId(reading.value(field, this::rep));
      case SCHEDULED_AT -> call.setScheduledAt(reading.value(field, values::time));
      case COMPLETED_AT -> call.setCompletedAt(reading.value(field, values::time));
      case DURATION -> call.setDurationSeconds(reading.value(field, values::duration));
      case NOTES -> call.setNotes(reading.text(field));
    }
  }

  private static UUID knownId(String text) {
    try {
      return Uuids.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Not a call id: leave it as the export wrote it, or empty");
    }
  }

  private UUID rep(String email) {
    UUID rep = lookups.repId(email);
    if (rep == null) {
      throw new IllegalArgumentException("No user of your team has this email");
    }
    return rep;
  }

  /** Sets the row's loss reason; answers the name of one the import must add, else null. */
  private String lossReason(Reading reading, CallDraft call) {
    String name = reading.text(ImportField.LOSS_REASON);
    UUID known = name == null ? null : lookups.lossReasonId(name);
    if (name == null || known != null) {
      call.setLossReasonId(known);
      return null;
    }
    if (mapping.createLossReasons() && name.length() <= 100) {
      call.setLossReasonId(ClientLookups.REASON_TO_ADD);
      return name.strip();
    }
    reading.reject(
        ImportField.LOSS_REASON, "Not a loss reason of yours: add it, or let the import add it");
    return null;
  }

  /** The outcome of checking one row. */
  record Checked(ImportRow row, List<RowError> errors) {}

  /** One row's cells and the errors found so far. */
  private final class Reading {
    private final long number;
    private final List<String> cells;
    private final List<RowError> errors = new ArrayList<>();

    Reading(long number, List<String> cells) {
      this.number = number;
      this.cells = cells;
    }

    /**
     * The cell's text without the apostrophe an export puts before formula-like text, stripped;
     * null when blank or not mapped.
     */
    String text(ImportField field) {
      Integer column = columns.get(field);
      if (column == null || column >= cells.size()) {
        return null;
      }
      String text = SpreadsheetCells.restore(cells.get(column)).strip();
      if (Text.hasControlCharacter(text)) {
        reject(field, text, Text.CONTROL_CHARACTER);
        return null;
      }
      return text.isEmpty() ? null : text;
    }

    <T> T value(ImportField field, Function<String, T> parse) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        reject(field, e.getMessage());
        return null;
      }
    }

    boolean hasError(ImportField field) {
      String header = mapping.columns().get(field);
      return errors.stream().anyMatch(error -> error.column().equals(header));
    }

    void reject(ImportField field, String message) {
      if (!hasError(field)) {
        reject(field, text(field), message);
      }
    }

    private void reject(ImportField field, String value, String message) {
      String header = mapping.columns().getOrDefault(field, field.header());
      if (!hasError(field)) {
        String shown = value == null ? "" : Text.printable(Text.truncate(value, 100));
        errors.add(new RowError(number, header, shown, message));
      }
    }
  }
}

package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallRules;
import com.propaganda.dashboard.platform.SpreadsheetCells;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Uuids;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads one row of the file as a call and checks it with the call form's rules, so a call that the
 * form would refuse is refused here, field by field, under the file's own column names.
 */
final class RowChecker {

  /** The form's field names, under the import field that fills them. */
  private static final Map<String, ImportField> FORM_FIELDS =
      Map.ofEntries(
          Map.entry("prospectName", ImportField.PROSPECT),
          Map.entry("prospectEmail", ImportField.EMAIL),
          Map.entry("prospectPhone", ImportField.PHONE),
          Map.entry("type", ImportField.TYPE),
          Map.entry("status", ImportField.STATUS),
          Map.entry("outcome", ImportField.OUTCOME),
          Map.entry("lossReasonId", ImportField.LOSS_REASON),
          Map.entry("notes", ImportField.NOTES),
          Map.entry("durationSeconds", ImportField.DURATION),
          Map.entry("scheduledAt", ImportField.SCHEDULED),
          Map.entry("completedAt", ImportField.COMPLETED),
          Map.entry("ownerId", ImportField.REP_EMAIL));

  /** Stands for a loss reason the import will add, so the form's rules see one chosen. */
  private static final UUID NEW_REASON = new UUID(0, 1);

  private final ImportMapping mapping;
  private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
  private final ClientLookups lookups;
  private final CellValues values;

  RowChecker(ImportMapping mapping, List<String> headers, ClientLookups lookups, ZoneId zone) {
    this.mapping = mapping;
    this.lookups = lookups;
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
   * fields of {@code base} (an empty form for a new call, the call's form for an update); the
   * fields of unmapped columns keep its values.
   */
  Checked check(long number, List<String> cells, CallDraft base) {
    Reading reading = new Reading(number, cells);
    CallDraft call = base;
    UUID keptRep = base.getOwnerId();
    UUID keptReason = base.getLossReasonId();
    reading.fill(ImportField.PROSPECT, text -> text, call::setProspectName);
    reading.fill(ImportField.EMAIL, Text::cleanEmail, call::setProspectEmail);
    reading.fill(ImportField.PHONE, text -> text, call::setProspectPhone);
    reading.fill(ImportField.TYPE, CellValues::type, call::setType);
    reading.fill(ImportField.STATUS, CellValues::status, call::setStatus);
    reading.fill(ImportField.OUTCOME, CellValues::outcome, call::setOutcome);
    reading.fill(ImportField.SCHEDULED, values::time, call::setScheduledAt);
    reading.fill(ImportField.COMPLETED, values::time, call::setCompletedAt);
    reading.fill(ImportField.DURATION, values::duration, call::setDurationSeconds);
    reading.fill(ImportField.NOTES, text -> text, call::setNotes);
    reading.fill(ImportField.REP_EMAIL, email -> rep(email, keptRep), call::setOwnerId);
    String newReason =
        columns.containsKey(ImportField.LOSS_REASON) ? lossReason(reading, call, keptReason) : null;
    UUID callId = reading.value(ImportField.ID, RowChecker::knownId);
    String externalId = reading.text(ImportField.EXTERNAL_ID);
    if (externalId != null && externalId.length() > 200) {
      reading.reject(ImportField.EXTERNAL_ID, "An external id has at most 200 characters");
    }
    if (call.getOwnerId() == null && !reading.hasError(ImportField.REP_EMAIL)) {
      reading.reject(ImportField.REP_EMAIL, "Name the rep by the email they sign in with");
    }
    CallRules.check(call)
        .byField()
        .forEach((field, message) -> reading.reject(FORM_FIELDS.get(field), message));
    if (NEW_REASON.equals(call.getLossReasonId())) {
      call.setLossReasonId(null);
    }
    return reading.errors.isEmpty()
        ? new Checked(new ImportRow(number, call, callId, externalId, newReason), List.of())
        : new Checked(null, reading.errors);
  }

  private static UUID knownId(String text) {
    try {
      return Uuids.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Not a call id: leave it as the export wrote it, or empty");
    }
  }

  private UUID rep(String email, UUID kept) {
    ClientLookups.Rep rep = lookups.rep(email);
    if (rep == null) {
      throw new IllegalArgumentException("No user of your team has this email");
    }
    if (!CallRules.mayHave(rep.id(), rep.assignable(), kept)) {
      throw new IllegalArgumentException("This user is not an active sales rep");
    }
    return rep.id();
  }

  /** Sets the row's loss reason; answers the name of one the import must add, else null. */
  private String lossReason(Reading reading, CallDraft call, UUID kept) {
    String name = reading.text(ImportField.LOSS_REASON);
    if (name == null) {
      call.setLossReasonId(null);
      return null;
    }
    ClientLookups.Reason reason = lookups.lossReason(name);
    if (reason != null && CallRules.mayHave(reason.id(), reason.active(), kept)) {
      call.setLossReasonId(reason.id());
      return null;
    }
    if (reason == null && mapping.createLossReasons() && name.length() <= 100) {
      call.setLossReasonId(NEW_REASON);
      return name.strip();
    }
    reading.reject(
        ImportField.LOSS_REASON,
        reason == null
            ? "Not a loss reason of yours: add it, or let the import add it"
            : "This loss reason is inactive");
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

    /** Sets the field from its column, when the column is mapped; an empty cell empties it. */
    <T> void fill(
        ImportField field, Function<String, T> parse, java.util.function.Consumer<T> set) {
      if (columns.containsKey(field)) {
        set.accept(value(field, parse));
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

package com.propaganda.dashboard.calls;

import java.util.Arrays;
import java.util.List;

/**
 * Every field of a call once, with its name at each door: the property of {@link CallDraft} (which
 * is also the name its rule violations carry), the input of the call form, the API's JSON name and
 * the column header of the export and the import. A field added here is answered by the API and
 * written by the export; the form, the API and the import each switch over these constants, and
 * {@code CallFieldDoorsTest}s fail for a door that leaves one out.
 */
public enum CallField {
  ID(null, null, "id", "Id"),
  EXTERNAL_ID("externalId", null, "external_id", "External id"),
  PROSPECT_NAME("prospectName", "prospectName", "prospect_name", "Prospect"),
  PROSPECT_EMAIL("prospectEmail", "prospectEmail", "prospect_email", "Email"),
  PROSPECT_PHONE("prospectPhone", "prospectPhone", "prospect_phone", "Phone"),
  TYPE("type", "type", "type", "Type"),
  STATUS("status", "status", "status", "Status"),
  OUTCOME("outcome", "outcome", "outcome", "Outcome"),
  LOSS_REASON("lossReasonId", "lossReason", "loss_reason_id", "Loss reason"),
  REP("ownerId", "owner", "rep_id", "Rep email"),
  SCHEDULED_AT("scheduledAt", "scheduledAt", "scheduled_at", "Scheduled"),
  COMPLETED_AT("completedAt", "completedAt", "completed_at", "Completed"),
  DURATION("durationSeconds", "duration", "duration_seconds", "Duration"),
  NOTES("notes", "notes", "notes", "Notes");

  private final String property;
  private final String formInput;
  private final String apiName;
  private final String header;

  CallField(String property, String formInput, String apiName, String header) {
    this.property = property;
    this.formInput = formInput;
    this.apiName = apiName;
    this.header = header;
  }

  /** The draft's property, and the field a rule violation names; null for the id. */
  public String property() {
    return property;
  }

  /** The id of the field's input on the call form; null where the form does not show it. */
  public String formInput() {
    return formInput;
  }

  public String apiName() {
    return apiName;
  }

  /** The column's header in the export, the one the import reads it back from. */
  public String header() {
    return header;
  }

  /**
   * Whether people and systems set it by hand: the form shows it and the API takes it. The id is
   * the call's address, the external id the other system's, written by its imports.
   */
  public boolean isEditable() {
    return formInput != null;
  }

  public static List<CallField> editable() {
    return Arrays.stream(values()).filter(CallField::isEditable).toList();
  }

  /** The field a rule violation names. */
  public static CallField ofProperty(String property) {
    return Arrays.stream(values())
        .filter(field -> property.equals(field.property))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No call field " + property));
  }

  /** The export's header row. */
  public static List<String> headers() {
    return Arrays.stream(values()).map(CallField::header).toList();
  }
}

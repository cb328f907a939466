package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A column of a file as the call field it fills ({@link CallField}, whose header the export
 * writes), with the other headers it is guessed from. Every call field has one.
 */
public enum ImportField {
  ID(CallField.ID),
  EXTERNAL_ID(CallField.EXTERNAL_ID, "external", "externalref", "reference", "crmid"),
  PROSPECT(CallField.PROSPECT_NAME, "prospectname", "name", "contact", "contactname", "lead"),
  EMAIL(CallField.PROSPECT_EMAIL, "prospectemail", "mail", "emailaddress", "contactemail"),
  PHONE(CallField.PROSPECT_PHONE, "prospectphone", "telephone", "tel", "phonenumber", "mobile"),
  TYPE(CallField.TYPE, "calltype", "direction"),
  STATUS(CallField.STATUS, "callstatus"),
  OUTCOME(CallField.OUTCOME, "result"),
  LOSS_REASON(CallField.LOSS_REASON, "lossreasons", "reason", "whylost"),
  REP_EMAIL(CallField.REP, "rep", "repemailaddress", "salesrep", "owner", "owneremail"),
  SCHEDULED(CallField.SCHEDULED_AT, "scheduledat", "when", "date", "scheduledfor", "calldate"),
  COMPLETED(CallField.COMPLETED_AT, "completedat", "endedat"),
  DURATION(CallField.DURATION, "durationseconds", "durations", "callduration", "length"),
  NOTES(CallField.NOTES, "note", "comments", "comment", "description");

  private final CallField callField;
  private final List<String> aliases;

  ImportField(CallField callField, String... aliases) {
    this.callField = callField;
    this.aliases = List.of(aliases);
  }

  public CallField callField() {
    return callField;
  }

  /** The column's header in the call list's export, and its name on the mapping step. */
  public String header() {
    return callField.header();
  }

  /** The column that fills the call field. */
  public static ImportField of(CallField field) {
    return Arrays.stream(values())
        .filter(column -> column.callField == field)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No column fills " + field));
  }

  /** Whether a file's header names this field: its letters and digits, ignoring case. */
  boolean isNamedBy(String fileHeader) {
    String key = key(fileHeader);
    return key.equals(key(header())) || aliases.contains(key);
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}

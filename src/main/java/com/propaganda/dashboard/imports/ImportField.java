package com.propaganda.dashboard.imports;

import java.util.List;
import java.util.Locale;

/**
 * A field of a call a file's column can fill, with the header it has in the call list's export and
 * the other headers it is guessed from.
 */
public enum ImportField {
  ID("Id"),
  EXTERNAL_ID("External id", "external", "externalref", "reference", "crmid"),
  PROSPECT("Prospect", "prospectname", "name", "contact", "contactname", "lead"),
  EMAIL("Email", "prospectemail", "mail", "emailaddress", "contactemail"),
  PHONE("Phone", "prospectphone", "telephone", "tel", "phonenumber", "mobile"),
  TYPE("Type", "calltype", "direction"),
  STATUS("Status", "callstatus"),
  OUTCOME("Outcome", "result"),
  LOSS_REASON("Loss reason", "lossreasons", "reason", "whylost"),
  REP_EMAIL("Rep email", "rep", "repemailaddress", "salesrep", "owner", "owneremail"),
  SCHEDULED("Scheduled", "scheduledat", "when", "date", "scheduledfor", "calldate"),
  COMPLETED("Completed", "completedat", "endedat"),
  DURATION("Duration", "durationseconds", "durations", "callduration", "length"),
  NOTES("Notes", "note", "comments", "comment", "description");

  private final String header;
  private final List<String> aliases;

  ImportField(String header, String... aliases) {
    this.header = header;
    this.aliases = List.of(aliases);
  }

  /** The column's header in the call list's export, and its name on the mapping step. */
  public String header() {
    return header;
  }

  /** Whether a file's header names this field: its letters and digits, ignoring case. */
  boolean isNamedBy(String fileHeader) {
    String key = key(fileHeader);
    return key.equals(key(header)) || aliases.contains(key);
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}

package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column fills which field, by the column's header, and how the file writes dates, times and
 * durations. Kept as JSON with the import and in saved mappings, so a file whose columns moved maps
 * the same way.
 *
 * @param clientZone whether times without an offset are in the client's zone (else UTC)
 * @param createLossReasons whether a loss reason the catalogue lacks is added (else a row error)
 * @param keepDuplicates whether rows that look like calls already logged are imported anyway
 */
public record ImportMapping(
    Map<ImportField, String> columns,
    DateOrder dates,
    boolean clientZone,
    DurationUnit durations,
    boolean createLossReasons,
    boolean keepDuplicates)
    implements Serializable {

  public ImportMapping {
    columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
  }

  /** Each field the headers name, with ISO dates in the client's zone and seconds. */
  public static ImportMapping guess(List<String> headers) {
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    for (ImportField field : ImportField.values()) {
      headers.stream()
          .filter(field::isNamedBy)
          .findFirst()
          .ifPresent(header -> columns.put(field, header));
    }
    return new ImportMapping(columns, DateOrder.ISO, true, DurationUnit.SECONDS, false, false);
  }

  public ImportMapping withColumns(Map<ImportField, String> newColumns) {
    return new ImportMapping(
        newColumns, dates, clientZone, durations, createLossReasons, keepDuplicates);
  }

  public String toJson() {
    JsonObjectBuilder columnsJson = JsonFactory.object();
    columns.forEach((field, header) -> columnsJson.add(field.name(), header));
    return JsonFactory.object()
        .add("columns", columnsJson)
        .add("dates", dates.name())
        .add("client_zone", clientZone)
        .add("durations", durations.name())
        .add("create_loss_reasons", createLossReasons)
        .add("keep_duplicates", keepDuplicates)
        .build()
        .toString();
  }

  public static ImportMapping fromJson(String json) {
    JsonObject object = JsonFactory.reader(new StringReader(json)).readObject();
    Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
    object
        .getJsonObject("columns")
        .forEach((field, header) -> columns.put(ImportField.valueOf(field), jsonText(header)));
    return new ImportMapping(
        columns,
        DateOrder.valueOf(object.getString("dates")),
        object.getBoolean("client_zone"),
        DurationUnit.valueOf(object.getString("durations")),
        object.getBoolean("create_loss_reasons"),
        object.getBoolean("keep_duplicates"));
  }

  private static String jsonText(jakarta.json.JsonValue value) {
    return ((jakarta.json.JsonString) value).getString();
  }

  /** Fields a file must fill for a call to be logged. */
  private static final Set<ImportField> REQUIRED =
      Set.of(ImportField.PROSPECT, ImportField.TYPE, ImportField.STATUS, ImportField.REP_EMAIL);

  /**
   * @throws InvalidInputException naming a field every call needs that no column fills
   */
  void checkRequiredColumns() {
    for (ImportField field : REQUIRED) {
      if (!columns.containsKey(field)) {
        throw InvalidInputException.of(
            "mapping", "Choose the column for " + field.header() + ": every call needs it");
      }
    }
  }
}

package com.propaganda.dashboard.api;

import com.propaganda.dashboard.imports.ImportCheck;
import com.propaganda.dashboard.imports.ImportSummary;
import com.propaganda.dashboard.imports.RowError;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Imports and dry runs as the API writes them. */
final class ImportJson {

  private ImportJson() {}

  static JsonObject check(ImportCheck check) {
    return fields(JsonFactory.object(), check).build();
  }

  /** A problem answer with the dry run's findings beside it. */
  static JsonObject withCheck(JsonObject problem, ImportCheck check) {
    JsonObjectBuilder json = JsonFactory.object();
    problem.forEach(json::add);
    return fields(json, check).build();
  }

  private static JsonObjectBuilder fields(JsonObjectBuilder json, ImportCheck check) {
    JsonArrayBuilder errors = JsonFactory.array();
    for (RowError error : check.firstErrors()) {
      errors.add(
          JsonFactory.object()
              .add("row", error.row())
              .add("column", error.column())
              .add("value", error.value())
              .add("message", error.message()));
    }
    JsonArrayBuilder reasons = JsonFactory.array();
    check.newLossReasons().forEach(reasons::add);
    return json.add("rows", check.rows())
        .add("creates", check.creates())
        .add("updates", check.updates())
        .add("duplicates_skipped", check.duplicates())
        .add("error_rows", check.errorRows())
        .add("row_errors", errors)
        .add("new_loss_reasons", reasons);
  }

  static JsonObject summary(ImportSummary summary) {
    JsonObjectBuilder json =
        JsonFactory.object()
            .add("id", summary.id().toString())
            .add("file_name", summary.fileName())
            .add("state", summary.state())
            .add("rows", summary.rows())
            .add("created", summary.created())
            .add("updated", summary.updated())
            .add("skipped", summary.skipped());
    ApiJson.add(json, "started_at", summary.startedAt());
    ApiJson.add(json, "committed_at", summary.committedAt());
    ApiJson.add(json, "failure", summary.failure());
    return json.build();
  }
}

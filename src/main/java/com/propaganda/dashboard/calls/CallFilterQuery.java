package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCode;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.platform.Uuids;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The call list's filter in one language, read from a link of the list and from the API alike: the
 * same names, the same values, and the same refusal of a wrong one, named with what it should be.
 * Values of a type, status or outcome are the schema's spelling ({@code no-show}) or the upper-case
 * name ({@code NO_SHOW}) that links write; {@code rep}, {@code reason} and {@code noReason}, which
 * older links and saved views hold, are read as the API's names.
 */
public final class CallFilterQuery {

  /** The filter's names, as the API lists them. */
  public static final List<String> NAMES =
      List.of(
          "status",
          "outcome",
          "type",
          "rep_id",
          "loss_reason_id",
          "without_loss_reason",
          "from",
          "to",
          "q",
          "updated_since");

  private static final Map<String, String> LINK_NAMES =
      Map.of("rep", "rep_id", "reason", "loss_reason_id", "noReason", "without_loss_reason");

  private static final int MAX_SEARCH = 255;

  private final Function<String, String> parameter;
  private final Map<String, String> refused = new LinkedHashMap<>();

  private CallFilterQuery(Function<String, String> parameter) {
    this.parameter = parameter;
  }

  /** The filter the parameters name, and each wrong value's name with what it should be. */
  public record Read(CallFilter filter, Map<String, String> refused) {}

  /**
   * @param parameter a parameter's value by name; null when not given
   */
  public static Read read(Function<String, String> parameter) {
    CallFilterQuery query = new CallFilterQuery(parameter);
    CallFilter filter = new CallFilter();
    filter.setStatus(query.code("status", CallStatus.class));
    filter.setOutcome(query.code("outcome", CallOutcome.class));
    filter.setType(query.code("type", CallType.class));
    filter.setRepId(query.value("rep_id", Uuids::parse, "An id (UUID)"));
    filter.setLossReasonId(query.value("loss_reason_id", Uuids::parse, "An id (UUID)"));
    filter.setWithoutLossReason(query.flag("without_loss_reason"));
    filter.setPlacedFrom(query.value("from", LocalDate::parse, "A date like 2026-03-01"));
    filter.setPlacedTo(query.value("to", LocalDate::parse, "A date like 2026-03-01"));
    filter.setSearch(query.value("q", CallFilterQuery::search, "At most 255 characters"));
    filter.setUpdatedSince(
        query.value(
            "updated_since",
            CallFilterQuery::instant,
            "An ISO 8601 time with offset, like 2026-03-01T14:30:00+01:00, in the years 1 to"
                + " 9999"));
    filter.setFromReport(query.flag("report"));
    return new Read(filter, Map.copyOf(query.refused));
  }

  /** The value under the name, or under the name older links give it. */
  private String text(String name) {
    String text =
        parameter.apply(name) != null
            ? parameter.apply(name)
            : LINK_NAMES.entrySet().stream()
                .filter(link -> link.getValue().equals(name))
                .map(link -> parameter.apply(link.getKey()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    if (Text.hasControlCharacter(text)) {
      refused.put(name, Text.CONTROL_CHARACTER);
      return null;
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  private <T> T value(String name, Function<String, T> parse, String expected) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (RuntimeException wrong) {
      refused.put(name, expected);
      return null;
    }
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(
        value(
            name,
            text -> {
              if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException(text);
              }
              return Boolean.valueOf(text);
            },
            "true or false"));
  }

  private <E extends Enum<E> & DatabaseCode> E code(String name, Class<E> type) {
    E[] values = type.getEnumConstants();
    return value(
        name,
        text ->
            Arrays.stream(values)
                .filter(v -> v.code().equalsIgnoreCase(text) || v.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(),
        "One of "
            + Arrays.stream(values).map(DatabaseCode::code).collect(Collectors.joining(", ")));
  }

  private static String search(String text) {
    if (text.length() > MAX_SEARCH) {
      throw new IllegalArgumentException("too long");
    }
    return text;
  }

  private static OffsetDateTime instant(String text) {
    try {
      OffsetDateTime time = OffsetDateTime.parse(text);
      if (!Timestamps.storable(time)) {
        throw new IllegalArgumentException(Timestamps.OUT_OF_RANGE);
      }
      return time;
    } catch (DateTimeParseException wrong) {
      throw new IllegalArgumentException(wrong);
    }
  }
}

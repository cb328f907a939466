package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.NamedValues;
import com.propaganda.dashboard.platform.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The call list's filter in one language, read from a link of the list and from the API alike: the
 * same names, the same values, and the same refusal of a wrong one, named with what it should be.
 * Values of a type, status or outcome are the schema's spelling ({@code no-show}) or the upper-case
 * name ({@code NO_SHOW}) that links write; {@code rep}, {@code reason} and {@code noReason}, which
 * older links and saved views hold, are read as the API's names.
 */
public final class CallFilterQuery extends NamedValues {

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
      Map.of("rep_id", "rep", "loss_reason_id", "reason", "without_loss_reason", "noReason");

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
    filter.setRepId(query.id("rep_id"));
    filter.setLossReasonId(query.id("loss_reason_id"));
    filter.setWithoutLossReason(query.flag("without_loss_reason"));
    filter.setPlacedFrom(query.date("from"));
    filter.setPlacedTo(query.date("to"));
    filter.setSearch(query.search());
    filter.setUpdatedSince(query.time("updated_since"));
    filter.setFromReport(query.flag("report"));
    return new Read(filter, Map.copyOf(query.refused));
  }

  /** The value under the name, or under the name older links give it; null when blank. */
  @Override
  public String text(String name) {
    String text = parameter.apply(name);
    if (text == null && LINK_NAMES.containsKey(name)) {
      text = parameter.apply(LINK_NAMES.get(name));
    }
    if (Text.hasControlCharacter(text)) {
      return wrong(name, Text.CONTROL_CHARACTER);
    }
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public <T> T wrong(String name, String expected) {
    refused.putIfAbsent(name, expected);
    return null;
  }

  private String search() {
    String text = text("q");
    return text != null && text.length() > MAX_SEARCH
        ? wrong("q", "At most " + MAX_SEARCH + " characters")
        : text;
  }
}

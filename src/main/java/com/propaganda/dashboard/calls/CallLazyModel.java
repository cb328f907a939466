package com.propaganda.dashboard.calls;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages, sorts and filters calls in PostgreSQL through the service. Each page is read from the
 * nearest known position (the start, the end, or the page shown last) so that even the last page of
 * 500,000 calls skips at most a few rows; the count is asked again only when the filter changes.
 */
public class CallLazyModel extends LazyDataModel<CallRow> {

  private static final long serialVersionUID = 1L;

  /** An EJB reference, found again after the session moved to another server. */
  private transient CallService callService;

  private final CallFilter filter;
  private CallOrder order = CallOrder.NEWEST_FIRST;
  private List<Serializable> countedState;
  private int total;
  private boolean capped;
  private Page shown;

  /** The page shown last, and where it starts and ends in the list. */
  private record Page(
      CallOrder order, List<Serializable> filterState, int first, int end, UUID head, UUID tail)
      implements Serializable {}

  CallLazyModel(CallService callService, CallFilter filter) {
    this.callService = callService;
    this.filter = filter;
  }

  private CallService service() {
    if (callService == null) {
      callService = CDI.current().select(CallService.class).get();
    }
    return callService;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (!Objects.equals(countedState, filter.state())) {
      long counted = service().count(filter);
      capped = counted > SearchTerm.COUNT_LIMIT && SearchTerm.applies(filter);
      total = capped ? SearchTerm.COUNT_LIMIT : Math.toIntExact(counted);
      countedState = filter.state();
    }
    return total;
  }

  @Override
  public List<CallRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    order = orderOf(sortBy);
    int rowCount = count(filterBy);
    List<CallRow> rows = read(first, pageSize, rowCount);
    shown =
        rows.isEmpty()
            ? null
            : new Page(
                order,
                filter.state(),
                first,
                first + rows.size(),
                rows.get(0).id(),
                rows.get(rows.size() - 1).id());
    return rows;
  }

  private List<CallRow> read(int first, int pageSize, int rowCount) {
    // A capped search's end is not the list's end: its pages are read from the start.
    int fromEnd = capped ? Integer.MAX_VALUE : rowCount - first - pageSize;
    boolean sameList =
        shown != null && shown.order().equals(order) && shown.filterState().equals(filter.state());
    int afterShown = sameList && first >= shown.end() ? first - shown.end() : Integer.MAX_VALUE;
    int beforeShown =
        sameList && first + pageSize <= shown.first()
            ? shown.first() - first - pageSize
            : Integer.MAX_VALUE;
    int nearest =
        Math.min(Math.min(first, Math.max(fromEnd, 0)), Math.min(afterShown, beforeShown));
    if (nearest == afterShown) {
      return service().list(filter, order, shown.tail(), afterShown, pageSize);
    }
    if (nearest == beforeShown) {
      return backwards(
          service().list(filter, order.reversed(), shown.head(), beforeShown, pageSize));
    }
    if (nearest == first || fromEnd < 0 && first >= rowCount) {
      return service().list(filter, order, null, first, pageSize);
    }
    int size = Math.min(pageSize, rowCount - first);
    return backwards(service().list(filter, order.reversed(), null, Math.max(fromEnd, 0), size));
  }

  private static List<CallRow> backwards(List<CallRow> rows) {
    List<CallRow> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    return reversed;
  }

  private static CallOrder orderOf(Map<String, SortMeta> sortBy) {
    SortMeta column = sortBy.values().stream().findFirst().orElse(null);
    if (column == null || column.getOrder() == SortOrder.UNSORTED) {
      return CallOrder.NEWEST_FIRST;
    }
    return CallSort.forField(column.getField())
        .map(sort -> new CallOrder(sort, column.getOrder() == SortOrder.ASCENDING))
        .orElse(CallOrder.NEWEST_FIRST);
  }

  /** Whether a search matches more calls than the list pages through; see {@link SearchTerm}. */
  public boolean isCapped() {
    return capped;
  }

  /** The order of the rows on screen, for exports. */
  CallOrder order() {
    return order;
  }

  @Override
  public String getRowKey(CallRow row) {
    return row.id().toString();
  }

  @Override
  public CallRow getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> row.id().toString().equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}

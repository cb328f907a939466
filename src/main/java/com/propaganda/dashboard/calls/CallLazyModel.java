package com.propaganda.dashboard.calls;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages, sorts and filters calls in PostgreSQL through the service, one page at a time. */
public class CallLazyModel extends LazyDataModel<CallRow> {

  private static final long serialVersionUID = 1L;

  private final CallService callService;
  private final CallFilter filter;
  private CallSort sort = CallSort.SCHEDULED_AT;
  private boolean ascending;

  CallLazyModel(CallService callService, CallFilter filter) {
    this.callService = callService;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(callService.count(filter));
  }

  @Override
  public List<CallRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta column = sortBy.values().stream().findFirst().orElse(null);
    sort =
        column == null
            ? CallSort.SCHEDULED_AT
            : CallSort.forField(column.getField()).orElse(CallSort.SCHEDULED_AT);
    ascending = column != null && column.getOrder() == SortOrder.ASCENDING;
    return callService.list(filter, sort, ascending, first, pageSize);
  }

  /** The order of the rows on screen, for exports. */
  CallSort sort() {
    return sort;
  }

  boolean ascending() {
    return ascending;
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

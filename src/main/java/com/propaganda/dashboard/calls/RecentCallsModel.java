package com.propaganda.dashboard.calls;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages through the caller's calls in PostgreSQL, one page at a time. */
public class RecentCallsModel extends LazyDataModel<CallRow> {

  private static final long serialVersionUID = 1L;

  private final CallService callService;

  RecentCallsModel(CallService callService) {
    this.callService = callService;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(callService.countVisible());
  }

  @Override
  public List<CallRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return callService.recent(first, pageSize);
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

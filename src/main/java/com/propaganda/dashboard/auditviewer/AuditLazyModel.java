package com.propaganda.dashboard.auditviewer;

import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit viewer's lazy table, newest first. Pages continue from the last row of the page before
 * (a keyset), never from an offset, so the millionth row costs what the first does. The viewer
 * offers first, previous and next page; a page without a known start is walked to, at most {@link
 * #MAX_WALK} pages from the nearest known one (a forged request for row ten million gets an empty
 * page, not ten million rows read).
 */
public class AuditLazyModel extends LazyDataModel<AuditEntry> {

  private static final long serialVersionUID = 1L;

  static final int MAX_WALK = 5;

  /** An EJB reference, found again after the session moved to another server. */
  private transient AuditLogService service;

  private final AuditFilter filter;
  private final Map<Integer, AuditCursor> pageStarts = new HashMap<>();
  private String countedFor;
  private long count;
  private List<AuditEntry> page = List.of();

  AuditLazyModel(AuditLogService service, AuditFilter filter) {
    this.service = service;
    this.filter = filter;
  }

  private AuditLogService service() {
    if (service == null) {
      service = CDI.current().select(AuditLogService.class).get();
    }
    return service;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    String state = filter.toJson().build().toString();
    if (!state.equals(countedFor)) {
      countedFor = state;
      pageStarts.clear();
      count = service().count(filter);
    }
    return (int) count;
  }

  @Override
  public List<AuditEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    count(filterBy);
    int start = 0;
    AuditCursor after = null;
    for (Map.Entry<Integer, AuditCursor> known : pageStarts.entrySet()) {
      if (known.getKey() <= first && known.getKey() > start) {
        start = known.getKey();
        after = known.getValue();
      }
    }
    if (first - start > MAX_WALK * pageSize) {
      page = List.of();
      return page;
    }
    List<AuditEntry> rows = service().page(filter, after, pageSize);
    // Walk from the nearest known page start, a page at a time.
    for (int at = start; at < first && !rows.isEmpty(); at += rows.size()) {
      after = AuditCursor.after(rows.get(rows.size() - 1));
      pageStarts.put(at + rows.size(), after);
      rows = service().page(filter, after, pageSize);
    }
    if (!rows.isEmpty()) {
      pageStarts.put(first + rows.size(), AuditCursor.after(rows.get(rows.size() - 1)));
    }
    page = rows;
    setRowCount((int) count);
    return rows;
  }

  /** Whether more rows match than the viewer counts. */
  public boolean isCountCapped() {
    return count > AuditLogService.COUNT_LIMIT;
  }

  @Override
  public String getRowKey(AuditEntry entry) {
    return entry.id().toString();
  }

  @Override
  public AuditEntry getRowData(String rowKey) {
    return page.stream().filter(e -> e.id().toString().equals(rowKey)).findFirst().orElse(null);
  }
}

package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.lossreasons.LossReasonOption;
import com.propaganda.dashboard.lossreasons.LossReasonService;
import com.propaganda.dashboard.spreadsheets.Sheet;
import com.propaganda.dashboard.users.CurrentUserView;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.Visibility;

/**
 * The call list: filters, sort and columns (from a link, or the user's default view), a lazy table
 * and exports.
 */
@Named
@ViewScoped
public class CallsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CallService callService;

  @EJB private LossReasonService lossReasonService;

  @EJB private TeamService teamService;

  @Inject private CurrentUserView currentUser;

  @Inject private SavedViewsView savedViews;

  private CallFilter filter;
  private CallOrder startingOrder;
  private Set<String> hiddenColumns;
  private CallLazyModel calls;
  private List<LossReasonOption> lossReasons;
  private List<TeamMember> reps;
  private final List<String> linkRefusals = new ArrayList<>();

  @PostConstruct
  void init() {
    // A drill-down or a shared view arrives as the list's query string; a bare Calls link opens
    // the user's default view, if they have one.
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String defaultQuery = parameters.isEmpty() ? savedViews.defaultQuery() : null;
    BiConsumer<String, String> refused =
        (name, expected) -> linkRefusals.add("The link's " + name + " is left out: " + expected);
    CallListLink link =
        defaultQuery == null
            ? CallListLink.fromQuery(parameters::get, refused)
            : CallListLink.of(defaultQuery, refused);
    filter = link.filter();
    startingOrder = link.order();
    hiddenColumns = new HashSet<>(link.hiddenColumns());
    calls = new CallLazyModel(callService, filter);
    lossReasons = lossReasonService.options();
    reps = currentUser.isManager() ? teamService.members() : List.of();
  }

  /** The filter values of the link that opened the list which were wrong, and left out. */
  public List<String> getLinkRefusals() {
    return linkRefusals;
  }

  public void clearFilters() {
    filter.setStatus(null);
    filter.setOutcome(null);
    filter.setType(null);
    filter.setRepId(null);
    filter.setLossReasonId(null);
    filter.setWithoutLossReason(false);
    filter.setPlacedFrom(null);
    filter.setPlacedTo(null);
    filter.setSearch(null);
  }

  /** The list as it is on screen, as a link or a view to save. */
  CallListLink currentLink() {
    return new CallListLink(filter, calls.order(), hiddenColumns);
  }

  /** The sort the page opened with, for the table's header; null for the default order. */
  public SortMeta getStartingSort() {
    if (startingOrder.equals(CallOrder.NEWEST_FIRST)) {
      return null;
    }
    return SortMeta.builder()
        .field(startingOrder.sort().attribute())
        .order(startingOrder.ascending() ? SortOrder.ASCENDING : SortOrder.DESCENDING)
        .build();
  }

  public boolean isVisible(String column) {
    return !hiddenColumns.contains(column);
  }

  /** Remembers a column shown or hidden with "Columns"; each column's id is its key. */
  public void onColumnToggle(ColumnToggleEvent event) {
    String column = ((UIComponent) event.getColumn()).getId();
    if (event.getVisibility() == Visibility.HIDDEN) {
      hiddenColumns.add(column);
    } else {
      hiddenColumns.remove(column);
    }
  }

  public StreamedContent getCsv() {
    return export("csv", "text/csv");
  }

  public StreamedContent getXlsx() {
    return export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** The download, or nothing and a message while another export of the user's is written. */
  private StreamedContent export(String format, String contentType) {
    if (callService.isExporting()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_WARN, ExportRunningException.MESSAGE, null));
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("calls." + format)
        .contentType(contentType)
        .writer(
            out -> {
              try (Sheet sheet = CallExport.open(format, out)) {
                callService.export(filter, calls.order(), format, sheet::row);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** Whether the search box holds a term too short to apply yet. */
  public boolean isSearchTooShort() {
    return SearchTerm.tooShort(filter.getSearch());
  }

  public CallFilter getFilter() {
    return filter;
  }

  public CallLazyModel getCalls() {
    return calls;
  }

  public List<LossReasonOption> getLossReasons() {
    return lossReasons;
  }

  public List<TeamMember> getReps() {
    return reps;
  }
}

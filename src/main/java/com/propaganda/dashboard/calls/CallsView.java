package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.lossreasons.LossReasonOption;
import com.propaganda.dashboard.lossreasons.LossReasonService;
import com.propaganda.dashboard.platform.Sheet;
import com.propaganda.dashboard.users.CurrentUserView;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The call list: filters, a lazy table and exports. */
@Named
@ViewScoped
public class CallsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CallService callService;

  @EJB private LossReasonService lossReasonService;

  @EJB private TeamService teamService;

  @Inject private CurrentUserView currentUser;

  private CallFilter filter;
  private CallLazyModel calls;
  private List<LossReasonOption> lossReasons;
  private List<TeamMember> reps;

  @PostConstruct
  void init() {
    // A drill-down from the dashboard arrives as the filter's query string.
    filter =
        CallFilter.fromQuery(
            FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()::get);
    calls = new CallLazyModel(callService, filter);
    lossReasons = lossReasonService.options();
    reps = currentUser.isManager() ? teamService.members() : List.of();
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

  public StreamedContent getCsv() {
    return export("csv", "text/csv");
  }

  public StreamedContent getXlsx() {
    return export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private StreamedContent export(String format, String contentType) {
    return DefaultStreamedContent.builder()
        .name("calls." + format)
        .contentType(contentType)
        .writer(
            out -> {
              try (Sheet sheet = CallExport.open(format, out)) {
                long rows = CallExport.rows(callService, filter, calls.order(), sheet::row);
                callService.exported(filter, format, rows);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
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

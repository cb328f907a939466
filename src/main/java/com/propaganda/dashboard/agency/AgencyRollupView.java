package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.reports.KpiCards;
import com.propaganda.dashboard.reports.Period;
import com.propaganda.dashboard.reports.PeriodPreset;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The operators' roll-up page. Presets count back from today in UTC; each client's calls fall on
 * its own days.
 */
@Named
@ViewScoped
public class AgencyRollupView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AgencyRollup rollup;

  private PeriodPreset preset = PeriodPreset.LAST_30_DAYS;
  private Period period;
  private List<ClientPeriodFigures> clients;

  @PostConstruct
  void refresh() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    period = preset == PeriodPreset.ALL_TIME ? null : preset.resolve(today, today, null, null);
    clients = rollup.clients(period);
  }

  /** Custom ranges are the tenants' tool; the roll-up offers the fixed presets. */
  public List<PeriodPreset> getPresets() {
    return Arrays.stream(PeriodPreset.values()).filter(p -> p != PeriodPreset.CUSTOM).toList();
  }

  public String percent(Double rate) {
    return KpiCards.percent(rate);
  }

  public PeriodPreset getPreset() {
    return preset;
  }

  public void setPreset(PeriodPreset preset) {
    this.preset =
        preset == null || preset == PeriodPreset.CUSTOM ? PeriodPreset.LAST_30_DAYS : preset;
  }

  public Period getPeriod() {
    return period;
  }

  public List<ClientPeriodFigures> getClients() {
    return clients;
  }
}

package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The mapping step of the import page: a column for each field and how to read the values. */
public class ImportMappingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
  private DateOrder dates = DateOrder.ISO;
  private boolean clientZone = true;
  private DurationUnit durations = DurationUnit.SECONDS;
  private boolean createLossReasons;
  private boolean keepDuplicates;

  /** The mapping as chosen; a field left without a column is not mapped. */
  ImportMapping toMapping() {
    Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
    columns.forEach(
        (field, header) -> {
          if (header != null && !header.isBlank()) {
            chosen.put(field, header);
          }
        });
    return new ImportMapping(
        chosen, dates, clientZone, durations, createLossReasons, keepDuplicates);
  }

  /** Shows a guessed or saved mapping. */
  void use(ImportMapping mapping) {
    columns.clear();
    columns.putAll(mapping.columns());
    dates = mapping.dates();
    clientZone = mapping.clientZone();
    durations = mapping.durations();
    createLossReasons = mapping.createLossReasons();
    keepDuplicates = mapping.keepDuplicates();
  }

  public ImportField[] getFields() {
    return ImportField.values();
  }

  public DateOrder[] getDateOrders() {
    return DateOrder.values();
  }

  public DurationUnit[] getDurationUnits() {
    return DurationUnit.values();
  }

  public Map<ImportField, String> getColumns() {
    return columns;
  }

  public DateOrder getDates() {
    return dates;
  }

  public void setDates(DateOrder dates) {
    this.dates = dates;
  }

  public boolean isClientZone() {
    return clientZone;
  }

  public void setClientZone(boolean clientZone) {
    this.clientZone = clientZone;
  }

  public DurationUnit getDurations() {
    return durations;
  }

  public void setDurations(DurationUnit durations) {
    this.durations = durations;
  }

  public boolean isCreateLossReasons() {
    return createLossReasons;
  }

  public void setCreateLossReasons(boolean createLossReasons) {
    this.createLossReasons = createLossReasons;
  }

  public boolean isKeepDuplicates() {
    return keepDuplicates;
  }

  public void setKeepDuplicates(boolean keepDuplicates) {
    this.keepDuplicates = keepDuplicates;
  }
}

package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.Uuids;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/** Ids in selects and view parameters; a malformed one is a field message, not an error page. */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Uuids.parse(value.strip());
    } catch (IllegalArgumentException malformed) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not a valid choice", null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}

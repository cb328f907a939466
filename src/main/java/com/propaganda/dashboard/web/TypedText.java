package com.propaganda.dashboard.web;

import com.propaganda.dashboard.platform.Text;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text a form posts: a value with a control character (a NUL, which PostgreSQL cannot store)
 * is refused next to its field before any bean or service sees it, as the API and the import refuse
 * it (Text.hasControlCharacter). Anything else passes unchanged.
 */
@FacesConverter(forClass = String.class)
public class TypedText implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (Text.hasControlCharacter(value)) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Text.CONTROL_CHARACTER, null));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}

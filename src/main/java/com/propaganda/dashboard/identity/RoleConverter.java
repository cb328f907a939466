package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
// Names the interface again: EclipseLink reads the column type from the class's own interfaces.
public class RoleConverter extends DatabaseCodeConverter<Role>
    implements AttributeConverter<Role, String> {
  public RoleConverter() {
    super(Role.class);
  }
}

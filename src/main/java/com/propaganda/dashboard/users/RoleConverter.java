package com.propaganda.dashboard.users;

import com.propaganda.dashboard.platform.DatabaseCodeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RoleConverter extends DatabaseCodeConverter<Role> {
  public RoleConverter() {
    super(Role.class);
  }
}

package com.propaganda.dashboard.database;

import com.propaganda.dashboard.platform.DatabaseCode;
import jakarta.persistence.AttributeConverter;

/** Maps an enum to the exact strings of the schema's CHECK constraints; one subclass per enum. */
public abstract class DatabaseCodeConverter<E extends Enum<E> & DatabaseCode>
    implements AttributeConverter<E, String> {

  private final Class<E> type;

  protected DatabaseCodeConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E value) {
    return value == null ? null : value.code();
  }

  @Override
  public E convertToEntityAttribute(String code) {
    return code == null ? null : fromCode(type, code);
  }

  public static <E extends Enum<E> & DatabaseCode> E fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code);
  }
}

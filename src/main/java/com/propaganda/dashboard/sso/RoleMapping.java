package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which role a provider's group gives, one {@code group=role} line each. A person in several mapped
 * groups gets the strongest of their roles; a person in none keeps the role they have here.
 */
public final class RoleMapping {

  static final int MAX_LINES = 50;

  private final Map<String, Role> roles;

  private RoleMapping(Map<String, Role> roles) {
    this.roles = roles;
  }

  public static RoleMapping none() {
    return new RoleMapping(Map.of());
  }

  /**
   * @throws InvalidInputException naming the line that is not {@code group=ceo|admin|sales}
   */
  public static RoleMapping parse(String text) {
    Map<String, Role> roles = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int equals = line.lastIndexOf('=');
      Optional<Role> role =
          equals <= 0 ? Optional.empty() : roleOf(line.substring(equals + 1).strip());
      if (role.isEmpty() || roles.size() == MAX_LINES) {
        throw InvalidInputException.of(
            "roleMapping",
            "Line "
                + (i + 1)
                + " is not \"group=role\" with a role of ceo, admin or sales (at most "
                + MAX_LINES
                + " lines).");
      }
      roles.put(line.substring(0, equals).strip(), role.get());
    }
    return new RoleMapping(Collections.unmodifiableMap(roles));
  }

  private static Optional<Role> roleOf(String code) {
    for (Role role : Role.values()) {
      if (role.code().equals(code.toLowerCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The strongest role the groups give; ceo before admin before sales. */
  public Optional<Role> roleFor(Collection<String> groups) {
    return groups.stream()
        .map(roles::get)
        .filter(role -> role != null)
        .min(Comparator.naturalOrder());
  }

  public boolean isEmpty() {
    return roles.isEmpty();
  }

  public String text() {
    StringBuilder text = new StringBuilder();
    roles.forEach((group, role) -> text.append(group).append('=').append(role.code()).append('\n'));
    return text.toString().strip();
  }
}

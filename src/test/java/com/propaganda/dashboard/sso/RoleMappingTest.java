package com.propaganda.dashboard.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

  @Test
  void theStrongestMappedRoleWinsAndUnmappedGroupsGiveNone() {
    RoleMapping mapping = RoleMapping.parse(" reps = sales \r\nmanagers=ADMIN\n\nboard=ceo");
    assertEquals(Optional.of(Role.CEO), mapping.roleFor(List.of("reps", "board", "managers")));
    assertEquals(Optional.of(Role.ADMIN), mapping.roleFor(List.of("reps", "managers")));
    assertEquals(Optional.empty(), mapping.roleFor(List.of("Reps", "everyone")));
    assertEquals("reps=sales\nmanagers=admin\nboard=ceo", mapping.text());
  }

  @Test
  void aGroupNameMayHoldAnEqualsSign() {
    assertEquals(
        Optional.of(Role.ADMIN),
        RoleMapping.parse("cn=managers,ou=groups=admin").roleFor(List.of("cn=managers,ou=groups")));
  }

  @Test
  void aBadLineIsNamedByItsNumber() {
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class, () -> RoleMapping.parse("reps=sales\nmanagers=boss"));
    assertEquals(
        "Line 2 is not \"group=role\" with a role of ceo, admin or sales (at most 50 lines).",
        bad.fieldMessages().get("roleMapping"));
    assertThrows(InvalidInputException.class, () -> RoleMapping.parse("=admin"));
  }

  @Test
  void fiftyLinesAreTheLimit() {
    String fifty = lines(50);
    assertEquals(Optional.of(Role.SALES), RoleMapping.parse(fifty).roleFor(List.of("g49")));
    assertThrows(InvalidInputException.class, () -> RoleMapping.parse(lines(51)));
  }

  private static String lines(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "g" + i + "=sales")
        .collect(Collectors.joining("\n"));
  }
}

package com.propaganda.dashboard.lossreasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.TwoClients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loss reason catalogue: admin and ceo keep it, names are unique per client. */
@ExtendWith(ArquillianExtension.class)
class LossReasonServiceIT extends TwoClients {

  @EJB private LossReasonService reasons;

  @Test
  void anAdminCreatesRenamesDeactivatesAndReactivates() {
    tenant.signInAs(signIn, Role.ADMIN);
    UUID id = reasons.create("  Timing ", "Not now");
    reasons.update(id, "Bad timing", null);
    reasons.setActive(id, false);
    LossReasonRow row = row(id);
    assertEquals("Bad timing", row.getName());
    assertFalse(row.isActive());
    reasons.setActive(id, true);
    assertTrue(row(id).isActive());
  }

  @Test
  void aCeoKeepsTheCatalogueToo() {
    tenant.signInAs(signIn, Role.CEO);
    UUID id = reasons.create("Went silent", null);
    reasons.delete(id);
    assertTrue(reasons.catalogue().stream().noneMatch(r -> r.getId().equals(id)));
  }

  @Test
  void namesAreUniquePerClientWithAClearMessage() {
    tenant.signInAs(signIn, Role.ADMIN);
    InvalidInputException duplicate =
        assertThrows(InvalidInputException.class, () -> reasons.create("price", null));
    assertEquals(
        "Your team already has a loss reason with this name",
        duplicate.fieldMessages().get("name"));
    UUID second = reasons.create("Budget", null);
    assertThrows(InvalidInputException.class, () -> reasons.update(second, "PRICE", null));
    assertThrows(InvalidInputException.class, () -> reasons.create(" ", null));
  }

  @Test
  void anotherClientMayUseTheSameName() {
    tenant.signInAs(signIn, Role.ADMIN);
    assertEquals(1, reasons.catalogue().stream().filter(r -> r.getName().equals("Price")).count());
    reasons.create("Competitor", null);
    assertEquals(
        "Price", data.text("SELECT name FROM loss_reasons WHERE id = ?", other.lossReason()));
  }

  @Test
  void aReasonInUseIsDeactivatedNotDeleted() {
    data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Lost one");
    tenant.signInAs(signIn, Role.ADMIN);
    InvalidInputException inUse =
        assertThrows(InvalidInputException.class, () -> reasons.delete(tenant.lossReason()));
    assertTrue(inUse.fieldMessages().get("name").contains("deactivate"));
    assertEquals(1, row(tenant.lossReason()).getCalls());
  }

  @Test
  void anotherClientsReasonIsNotFound() {
    tenant.signInAs(signIn, Role.CEO);
    UUID foreign = other.lossReason();
    assertThrows(NotFoundException.class, () -> reasons.update(foreign, "Hijacked", null));
    assertThrows(NotFoundException.class, () -> reasons.setActive(foreign, false));
    assertThrows(NotFoundException.class, () -> reasons.delete(foreign));
    assertEquals("Price", data.text("SELECT name FROM loss_reasons WHERE id = ?", foreign));
    assertEquals(
        "true", data.text("SELECT is_active::text FROM loss_reasons WHERE id = ?", foreign));
  }

  @Test
  void aRepReadsTheOptionsButChangesNothing() {
    tenant.signInAs(signIn, Role.SALES);
    assertEquals(1, reasons.options().size());
    assertThrows(EJBAccessException.class, () -> reasons.create("Sneaky", null));
    assertThrows(EJBAccessException.class, () -> reasons.setActive(tenant.lossReason(), false));
    assertThrows(EJBAccessException.class, () -> reasons.catalogue());
  }

  private LossReasonRow row(UUID id) {
    return reasons.catalogue().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
  }
}

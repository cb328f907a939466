package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.calls.Call;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.testsupport.InTenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.users.User;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenant A, bound as services bind it, never reads a row of tenant B. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @EJB private TestData data;

  @EJB private InTenant inTenant;

  private UUID clientA;
  private UUID callA;
  private UUID clientB;
  private UUID repB;
  private UUID reasonB;
  private UUID callB;

  @BeforeEach
  void twoClientsWithTheSameShapeOfData() {
    clientA = data.client("Client A", true);
    UUID repA = data.user(clientA, "rep@same.example", Role.SALES, "x", true);
    UUID reasonA = data.lossReason(clientA, "Price");
    callA = data.call(clientA, repA, reasonA, "Prospect of A");
    clientB = data.client("Client B", true);
    repB = data.user(clientB, "rep@same.example", Role.SALES, "x", true);
    reasonB = data.lossReason(clientB, "Price");
    callB = data.call(clientB, repB, reasonB, "Prospect of B");
  }

  @Test
  void findByIdOfAnotherTenantsRowReturnsNothing() {
    assertNotNull(inTenant.run(clientA, em -> em.find(Call.class, callA)));
    assertNull(inTenant.run(clientA, em -> em.find(Call.class, callB)));
    assertNull(inTenant.run(clientA, em -> em.find(User.class, repB)));
    assertNull(inTenant.run(clientA, em -> em.find(LossReason.class, reasonB)));
  }

  @Test
  void jpqlSeesOnlyTheBoundTenant() {
    List<String> prospects =
        inTenant.run(
            clientA,
            em ->
                em.createQuery("SELECT c.prospectName FROM Call c", String.class).getResultList());
    assertEquals(List.of("Prospect of A"), prospects);
    List<UUID> reps =
        inTenant.run(
            clientA,
            em ->
                em.createQuery(
                        "SELECT u.id FROM User u WHERE u.email = 'rep@same.example'", UUID.class)
                    .getResultList());
    assertEquals(1, reps.size());
  }

  @Test
  void criteriaSeesOnlyTheBoundTenant() {
    List<String> prospects =
        inTenant.run(
            clientB,
            em -> {
              CriteriaBuilder builder = em.getCriteriaBuilder();
              CriteriaQuery<String> query = builder.createQuery(String.class);
              Root<Call> call = query.from(Call.class);
              return em.createQuery(query.select(call.get("prospectName"))).getResultList();
            });
    assertEquals(List.of("Prospect of B"), prospects);
  }

  @Test
  void theDatabaseRefusesARowThatPointsIntoAnotherTenant() {
    EJBException refused =
        assertThrows(EJBException.class, () -> data.call(clientA, repB, null, "Forged owner"));
    assertEquals("23503", sqlState(refused));
    UUID repA = inTenant.run(clientA, em -> em.find(Call.class, callA).getOwner().getId());
    refused =
        assertThrows(EJBException.class, () -> data.call(clientA, repA, reasonB, "Forged reason"));
    assertEquals("23503", sqlState(refused));
  }

  private static String sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}

package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.agency.Operator;
import com.propaganda.dashboard.calls.Call;
import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.factors.OperatorFactor;
import com.propaganda.dashboard.factors.OperatorPasskey;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.testsupport.InTenant;
import com.propaganda.dashboard.users.User;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.server.Server;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every entity writes and reads back each of its columns through JPA; calls, which only {@code
 * CallRepository} writes, are read back from a row written in SQL.
 */
@ExtendWith(ArquillianExtension.class)
class EntityMappingIT {

  @EJB private InTenant inTenant;

  @Test
  void everyTableRoundTripsThroughItsEntity() {
    Client client =
        new Client(
            "Mapping Co",
            "mapping-" + UUID.randomUUID() + "@x.example",
            "m-" + UUID.randomUUID().toString().substring(0, 8));
    client.setPhone("+1 555 0199");
    inTenant.runWithoutTenant(em -> persist(em, client));
    UUID tenant = client.getId();

    User rep = new User("rep@mapping.example", "Rep One", Role.SALES, "hash");
    LossReason reason = new LossReason("Too expensive", "Budget gone");
    OffsetDateTime scheduled = OffsetDateTime.of(2026, 3, 1, 9, 30, 15, 0, ZoneOffset.UTC);
    CallDraft draft = new CallDraft();
    draft.setProspectName("Prospect Smith");
    draft.setProspectEmail("Smith@Prospect.example");
    draft.setProspectPhone("+1 555 0100");
    draft.setNotes("Talked <b>price</b>");
    draft.setType(CallType.INBOUND);
    draft.setStatus(CallStatus.COMPLETED);
    draft.setOutcome(CallOutcome.LOST);
    draft.setScheduledAt(scheduled);
    draft.setCompletedAt(scheduled.plusMinutes(30));
    draft.setDurationSeconds(1800);
    UUID call = UUID.randomUUID();
    inTenant.run(
        tenant,
        em -> {
          em.persist(rep);
          em.persist(reason);
          em.flush();
          return insertCall(em, call, rep.getId(), reason.getId(), draft);
        });

    Call read = inTenant.run(tenant, em -> em.find(Call.class, call));
    assertAll(
        () -> assertEquals("Prospect Smith", read.getProspectName()),
        () -> assertEquals(CallType.INBOUND, read.getType()),
        () -> assertEquals(CallStatus.COMPLETED, read.getStatus()),
        () -> assertEquals(CallOutcome.LOST, read.getOutcome()),
        () -> assertEquals(1800, read.getDurationSeconds()),
        () -> assertEquals(scheduled.toInstant(), read.getScheduledAt().toInstant()),
        () -> assertEquals("smith@prospect.example", read.getProspectEmail()),
        () -> assertEquals("Talked <b>price</b>", read.getNotes()));
    assertEquals(
        List.of("Rep One", "Too expensive"),
        inTenant.run(
            tenant,
            em -> {
              Call c = em.find(Call.class, call);
              return List.of(c.getOwner().getName(), c.getLossReason().getName());
            }));
    Client readClient = inTenant.runWithoutTenant(em -> em.find(Client.class, tenant));
    assertEquals("+1 555 0199", readClient.getPhone());
    assertTrue(readClient.isActive());
  }

  @Test
  void aCallWithoutLossReasonOrResultIsStored() {
    Client client =
        new Client(
            "Nulls Co",
            "nulls-" + UUID.randomUUID() + "@x.example",
            "n-" + UUID.randomUUID().toString().substring(0, 8));
    inTenant.runWithoutTenant(em -> persist(em, client));
    User rep = new User("rep@nulls.example", "Rep Two", Role.SALES, "hash");
    CallDraft draft = new CallDraft();
    draft.setProspectName("No Show Prospect");
    draft.setType(CallType.OUTBOUND);
    draft.setStatus(CallStatus.NO_SHOW);
    UUID call = UUID.randomUUID();
    inTenant.run(
        client.getId(),
        em -> {
          em.persist(rep);
          em.flush();
          return insertCall(em, call, rep.getId(), null, draft);
        });
    Call read = inTenant.run(client.getId(), em -> em.find(Call.class, call));
    assertEquals(CallStatus.NO_SHOW, read.getStatus());
    assertEquals(null, read.getOutcome());
  }

  @Test
  void everyEntityButClientAndOperatorIsTenantOwnedAndCachedPerTenant() {
    // An operator's rows are of no client; an embeddable is part of its owner's row and tenant.
    List<ClassDescriptor> descriptors =
        inTenant.runWithoutTenant(
            em ->
                List.copyOf(
                    em.unwrap(JpaEntityManager.class)
                        .getServerSession()
                        .getDescriptors()
                        .values()));
    assertFalse(descriptors.isEmpty());
    for (ClassDescriptor descriptor : descriptors) {
      if (descriptor.isAggregateDescriptor()) {
        continue;
      }
      boolean tenantOwned = descriptor.hasMultitenantPolicy();
      assertEquals(
          !List.of(Client.class, Operator.class, OperatorFactor.class, OperatorPasskey.class)
              .contains(descriptor.getJavaClass()),
          tenantOwned,
          descriptor.getJavaClass().getSimpleName() + " tenant-owned");
    }
    Server session =
        inTenant.runWithoutTenant(em -> em.unwrap(JpaEntityManager.class).getServerSession());
    assertNotNull(session);
    assertFalse(
        Boolean.parseBoolean(
            String.valueOf(
                session.getProperty(PersistenceUnitProperties.MULTITENANT_SHARED_CACHE))));
  }

  private static Void persist(jakarta.persistence.EntityManager em, Object entity) {
    em.persist(entity);
    return null;
  }

  /** The call's row as the repository writes it, in the transaction's tenant. */
  private static int insertCall(EntityManager em, UUID id, UUID rep, UUID reason, CallDraft draft) {
    return em.createNativeQuery(
            "INSERT INTO calls (id, client_id, user_id, prospect_name, prospect_email,"
                + " prospect_phone, call_type, status, outcome, loss_reason_id, notes,"
                + " call_duration, scheduled_at, completed_at) VALUES (CAST(?1 AS uuid),"
                + " current_tenant(), CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS uuid),"
                + " ?10, CAST(?11 AS int), CAST(?12 AS timestamptz), CAST(?13 AS timestamptz))")
        .setParameter(1, id.toString())
        .setParameter(2, rep.toString())
        .setParameter(3, draft.getProspectName())
        .setParameter(4, draft.getProspectEmail())
        .setParameter(5, draft.getProspectPhone())
        .setParameter(6, draft.getType().code())
        .setParameter(7, draft.getStatus().code())
        .setParameter(8, draft.getOutcome() == null ? null : draft.getOutcome().code())
        .setParameter(9, reason == null ? null : reason.toString())
        .setParameter(10, draft.getNotes())
        .setParameter(11, text(draft.getDurationSeconds()))
        .setParameter(12, text(draft.getScheduledAt()))
        .setParameter(13, text(draft.getCompletedAt()))
        .executeUpdate();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

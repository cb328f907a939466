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
import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.testsupport.InTenant;
import com.propaganda.dashboard.users.User;
import jakarta.ejb.EJB;
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

/** Every entity writes and reads back each of its columns through JPA. */
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
    Call call = new Call(rep);
    call.edit(draft, rep, reason);
    inTenant.run(
        tenant,
        em -> {
          em.persist(rep);
          em.persist(reason);
          em.persist(call);
          return null;
        });

    Call read = inTenant.run(tenant, em -> em.find(Call.class, call.getId()));
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
              Call c = em.find(Call.class, call.getId());
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
    Call call = new Call(rep);
    call.edit(draft, rep, null);
    inTenant.run(
        client.getId(),
        em -> {
          em.persist(rep);
          em.persist(call);
          return null;
        });
    Call read = inTenant.run(client.getId(), em -> em.find(Call.class, call.getId()));
    assertEquals(CallStatus.NO_SHOW, read.getStatus());
    assertEquals(null, read.getOutcome());
  }

  @Test
  void everyEntityButClientAndOperatorIsTenantOwnedAndCachedPerTenant() {
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
      boolean tenantOwned = descriptor.hasMultitenantPolicy();
      assertEquals(
          !List.of(Client.class, Operator.class).contains(descriptor.getJavaClass()),
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
}

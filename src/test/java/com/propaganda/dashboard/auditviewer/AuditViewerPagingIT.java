package com.propaganda.dashboard.auditviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The viewer walks to a page only a few pages past one it knows. */
@ExtendWith(ArquillianExtension.class)
class AuditViewerPagingIT {

  @EJB private TestData data;

  @EJB private AuditLogService auditLog;

  @Inject private SignInAs signIn;

  @Test
  void aPageFarBeyondTheKnownOnesIsEmpty() {
    Tenant tenant = Tenant.create(data, "Paged Audit Co");
    for (int i = 0; i < 10; i++) {
      data.lossReason(tenant.id(), "Reason " + i);
    }
    tenant.signInAs(signIn, Role.CEO);

    assertEquals(1, page(AuditLazyModel.MAX_WALK).size(), "a page within the walk");
    assertTrue(page(AuditLazyModel.MAX_WALK + 1).isEmpty(), "a page past the walk");
  }

  /** Row {@code first} of a viewer that knows no page yet, one row a page. */
  private List<AuditEntry> page(int first) {
    return new AuditLazyModel(auditLog, new AuditFilter()).load(first, 1, Map.of(), Map.of());
  }
}

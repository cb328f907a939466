package com.propaganda.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.apikeys.NewApiKey;
import com.propaganda.dashboard.auditviewer.AuditFilter;
import com.propaganda.dashboard.calls.CallBulkChange;
import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallListLink;
import com.propaganda.dashboard.calls.CallOrder;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallPatch;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.reports.DashboardFilter;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.webhooks.WebhookEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two matrices over every business method of every EJB in the application, found at run time, so a
 * new service or method joins them (and fails until its row below says who may call it): which
 * roles the container lets through, and what another client's ids get.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  private static final Set<String> TENANT_USERS = Set.of("ceo", "admin", "sales");
  private static final Set<String> MANAGERS = Set.of("ceo", "admin");
  private static final Set<String> OPERATORS = Set.of("operator");
  private static final Set<String> EVERYONE = Set.of("ceo", "admin", "sales", "operator");

  /** Who may call what, as the issues say; "*" stands for every method of the service. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("CallService.*", TENANT_USERS),
          Map.entry("CallService.delete", MANAGERS),
          Map.entry("CallService.bulkEdit", MANAGERS),
          Map.entry("SavedViewService.*", TENANT_USERS),
          Map.entry("OperatorAccountService.*", OPERATORS),
          Map.entry("LossReasonService.*", MANAGERS),
          Map.entry("LossReasonService.options", TENANT_USERS),
          Map.entry("TeamService.*", MANAGERS),
          Map.entry("SignInPolicyService.*", Set.of("ceo")),
          Map.entry("SingleSignOnSettingsService.*", Set.of("ceo")),
          Map.entry("SecondFactorService.*", EVERYONE),
          Map.entry("SecondFactorCheck.*", EVERYONE),
          Map.entry("ApiKeyService.*", MANAGERS),
          Map.entry("IdempotencyRecords.*", MANAGERS),
          Map.entry("WebhookService.*", MANAGERS),
          Map.entry("ImportService.*", MANAGERS),
          Map.entry("AccountService.*", TENANT_USERS),
          Map.entry("ProfileService.*", TENANT_USERS),
          Map.entry("ClientAdminService.*", OPERATORS),
          Map.entry("ClientSizes.*", OPERATORS),
          Map.entry("CeoFactorResets.*", OPERATORS),
          Map.entry("OperatorSingleSignOnService.*", OPERATORS),
          Map.entry("DashboardService.*", TENANT_USERS),
          Map.entry("AuditLogService.*", Set.of("ceo")),
          Map.entry("AuditRecorder.*", EVERYONE),
          Map.entry("AuditSealing.*", EVERYONE),
          Map.entry("AgencyRollup.*", OPERATORS),
          // Sign-in runs before anyone is signed in.
          Map.entry("SignInService.*", EVERYONE),
          Map.entry("SignInAccounts.*", EVERYONE),
          Map.entry("SignInThrottle.*", EVERYONE),
          Map.entry("OperatorAccounts.*", EVERYONE),
          Map.entry("ClientDirectory.*", EVERYONE),
          Map.entry("SingleSignOnFlow.*", EVERYONE),
          Map.entry("SingleSignOnConnections.*", EVERYONE),
          Map.entry("ProvidedAccounts.*", EVERYONE),
          // The set-password page too: the mailed token is all its caller has.
          Map.entry("SetPasswordService.*", EVERYONE),
          // A timer; it reaches data only through a function that returns nothing.
          Map.entry("CallCountCompaction.*", EVERYONE),
          Map.entry("IdempotencyExpiry.*", EVERYONE),
          Map.entry("WebhookDispatcher.*", EVERYONE));

  @EJB private TestData data;

  @Inject private SignInAs signIn;

  @Inject private BeanManager beanManager;

  @Test
  void whatACeoMayCall() {
    Tenant.create(data, "Matrix Co").signInAs(signIn, Role.CEO);
    assertRoleMatrix("ceo");
  }

  @Test
  void whatAnAdminMayCall() {
    Tenant.create(data, "Matrix Co").signInAs(signIn, Role.ADMIN);
    assertRoleMatrix("admin");
  }

  @Test
  void whatASalesRepMayCall() {
    Tenant.create(data, "Matrix Co").signInAs(signIn, Role.SALES);
    assertRoleMatrix("sales");
  }

  @Test
  void whatAnOperatorMayCall() {
    signIn.user("agency", "ops@agency.example", "Demo-Propaganda-2026");
    assertRoleMatrix("operator");
  }

  /**
   * Every service method that takes an id, called by client A's ceo with each of client B's ids and
   * with an id that exists nowhere: the same "not found" every time, and B's rows unchanged.
   */
  @Test
  void anotherClientsIdsAreNotFoundLikeUnknownOnes() {
    Tenant a = Tenant.create(data, "Asker Co");
    Tenant b = Tenant.create(data, "Target Co");
    UUID call = data.call(b.id(), b.rep(), b.lossReason(), "Target call");
    UUID key = UUID.randomUUID();
    data.execute(
        "INSERT INTO api_keys (id, client_id, owner_id, name, prefix, secret_hash, scopes)"
            + " VALUES (?, ?, ?, 'Target key', 'pd_target', ?, 'calls:read')",
        key,
        b.id(),
        b.ceo(),
        key.toString());
    UUID endpoint = UUID.randomUUID();
    data.execute(
        "INSERT INTO webhook_endpoints (id, client_id, url, events, secret)"
            + " VALUES (?, ?, 'https://target.example/hook', 'call.created', 'whsec_target')",
        endpoint,
        b.id());
    UUID delivery = UUID.randomUUID();
    data.execute(
        "INSERT INTO webhook_deliveries (id, client_id, endpoint_id, event_type, payload, status)"
            + " VALUES (?, ?, ?, 'call.created', '{}', 'failed')",
        delivery,
        b.id(),
        endpoint);
    List<UUID> foreignIds =
        List.of(
            call,
            b.ceo(),
            b.admin(),
            b.rep(),
            b.lossReason(),
            b.id(),
            key,
            endpoint,
            delivery,
            UUID.randomUUID());
    String before = snapshotOf(b);
    a.signInAs(signIn, Role.CEO);
    List<String> checked = new ArrayList<>();
    for (Method method : idMethods()) {
      for (UUID id : foreignIds) {
        Throwable outcome = invoke(method, argumentsFor(method, id));
        assertTrue(
            outcome instanceof NotFoundException,
            name(method) + " with a foreign id answered " + outcome);
      }
      checked.add(name(method));
    }
    assertEquals(before, snapshotOf(b), "client B changed");
    assertTrue(checked.size() >= 15, "id-taking methods found: " + checked);
    System.out.println(
        "Cross-tenant matrix: "
            + checked.size()
            + " methods x "
            + foreignIds.size()
            + " ids: "
            + checked);
  }

  private void assertRoleMatrix(String role) {
    Map<String, String> wrong = new TreeMap<>();
    int cells = 0;
    for (Method method : businessMethods()) {
      Set<String> allowed = allowedFor(method);
      Throwable outcome = invoke(method, argumentsFor(method, UUID.randomUUID()));
      boolean denied = outcome instanceof EJBAccessException;
      if (denied == allowed.contains(role)) {
        wrong.put(name(method), denied ? "denied" : "allowed: " + outcome);
      }
      cells++;
    }
    assertEquals(Map.of(), wrong, "role " + role);
    System.out.println("Role matrix for " + role + ": " + cells + " methods");
  }

  private static Set<String> allowedFor(Method method) {
    String service = method.getDeclaringClass().getSimpleName();
    Set<String> allowed = ALLOWED.get(service + "." + method.getName());
    if (allowed == null) {
      allowed = ALLOWED.get(service + ".*");
    }
    if (allowed == null) {
      throw new AssertionError(service + "." + method.getName() + " has no row in ALLOWED");
    }
    return allowed;
  }

  private List<Method> businessMethods() {
    List<Method> methods = new ArrayList<>();
    for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      if (type.isAnnotationPresent(Stateless.class)
          && type.getPackageName().startsWith("com.propaganda.dashboard")
          && !type.getPackageName().endsWith("testsupport")) {
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
            .forEach(methods::add);
      }
    }
    methods.sort(Comparator.comparing(AccessMatrixIT::name));
    assertTrue(methods.size() > 20, "business methods found: " + methods.size());
    return methods;
  }

  private List<Method> idMethods() {
    return businessMethods().stream()
        .filter(m -> m.getDeclaringClass().isAnnotationPresent(TenantBound.class))
        .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == UUID.class)
        .toList();
  }

  /** Plausible arguments, so a method reaches its id lookup rather than failing on input. */
  private static Object[] argumentsFor(Method method, UUID id) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      if (type == UUID.class) {
        arguments[i] = id;
      } else if (type == String.class) {
        arguments[i] = "A plausible value 12345";
      } else if (type == Role.class) {
        arguments[i] = Role.SALES;
      } else if (type == boolean.class) {
        arguments[i] = false;
      } else if (type == int.class) {
        arguments[i] = 0;
      } else if (type == long.class) {
        arguments[i] = 0L;
      } else if (type == CallFilter.class) {
        arguments[i] = new CallFilter();
      } else if (type == AuditFilter.class) {
        arguments[i] = new AuditFilter();
      } else if (type == DashboardFilter.class) {
        arguments[i] = new DashboardFilter();
      } else if (type == List.class) {
        arguments[i] = List.of(id);
      } else if (type == CallListLink.class) {
        arguments[i] = new CallListLink(new CallFilter(), CallOrder.NEWEST_FIRST, Set.of());
      } else if (type == CallBulkChange.class) {
        arguments[i] = new CallBulkChange(null, CallOutcome.TBD, false, null);
      } else if (type == Set.class) {
        arguments[i] = EnumSet.of(WebhookEvent.CALL_CREATED);
      } else if (type == CallPatch.class) {
        arguments[i] = new CallPatch(List.of());
      } else if (type == NewApiKey.class) {
        arguments[i] = new NewApiKey("Plausible key", EnumSet.of(ApiScope.CALLS_READ), null, 600);
      } else if (type == Consumer.class) {
        arguments[i] = (Consumer<Object>) unchanged -> {};
      } else if (type == CallDraft.class) {
        CallDraft draft = new CallDraft();
        draft.setProspectName("Plausible prospect");
        draft.setType(CallType.INBOUND);
        draft.setStatus(CallStatus.NO_SHOW);
        arguments[i] = draft;
      }
    }
    return arguments;
  }

  /** What the call threw (unwrapped), or null when it returned. */
  private static Throwable invoke(Method method, Object[] arguments) {
    Object service = CDI.current().select(method.getDeclaringClass()).get();
    try {
      method.invoke(service, arguments);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private String snapshotOf(Tenant tenant) {
    return data.text(
        "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM (SELECT u::text AS t FROM users u"
            + " WHERE client_id = ? UNION ALL SELECT c::text FROM calls c WHERE client_id = ?"
            + " UNION ALL SELECT r::text FROM loss_reasons r WHERE client_id = ?"
            + " UNION ALL SELECT a::text FROM api_keys a WHERE client_id = ?"
            + " UNION ALL SELECT w::text FROM webhook_endpoints w WHERE client_id = ?"
            + " UNION ALL SELECT d::text FROM webhook_deliveries d WHERE client_id = ?"
            + " UNION ALL SELECT k::text FROM clients k WHERE id = ?) AS rows",
        tenant.id(),
        tenant.id(),
        tenant.id(),
        tenant.id(),
        tenant.id(),
        tenant.id(),
        tenant.id());
  }

  private static String name(Method method) {
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}

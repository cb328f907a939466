package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.apikeys.ApiKeyService;
import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.apikeys.NewApiKey;
import com.propaganda.dashboard.identity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;

/** Keys made the way a ceo or admin makes them on the page: signed in, through the service. */
@RequestScoped
public class ApiKeys {

  @EJB private ApiKeyService apiKeys;

  @Inject private SignInAs signIn;

  @Inject private HttpServletRequest request;

  /** The secret of a new key of the tenant's user with the role; that user stays signed in. */
  public String make(Tenant tenant, Role owner, ApiScope... scopes) {
    return make(tenant, owner, NewApiKey.DEFAULT_REQUESTS_PER_MINUTE, scopes);
  }

  public String make(Tenant tenant, Role owner, int requestsPerMinute, ApiScope... scopes) {
    tenant.signInAs(signIn, owner);
    return apiKeys
        .create(
            new NewApiKey(
                "Test key " + owner, EnumSet.copyOf(List.of(scopes)), null, requestsPerMinute))
        .secret();
  }

  /** An API client of this server that sends a new key with every scope the owner may give. */
  public ApiClient clientWithEveryScope(Tenant tenant, Role owner) {
    return ApiClient.of(request, withEveryScope(tenant, owner));
  }

  /** A key with every scope the owner's role may give. */
  public String withEveryScope(Tenant tenant, Role owner) {
    return make(tenant, owner, ApiScope.grantableBy(owner).toArray(ApiScope[]::new));
  }
}

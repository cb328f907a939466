package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.tenancy.TenantBoundInterceptor;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes of which an API key needs one to call a tenant service method ({@link KeyScopes}), so
 * a key that may change the loss reasons also reads them. A method without it is closed to keys:
 * only a signed-in person may call it. Checked by {@link TenantBoundInterceptor} after the roles,
 * so a key never does more than its owner.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KeyScope {
  String[] value();
}

package com.propaganda.dashboard.audittrail;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An EJB service whose changes the audit log records with the acting user, client IP and user
 * agent, and whose denied calls it records as well. {@link #value} names the table a denied call
 * was about.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Audited {

  @Nonbinding
  String value() default "";
}

package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Sign-in is {@link SessionAuthentication}; web.xml says which pages
 * need which roles.
 */
@DeclareRoles({Roles.CEO, Roles.ADMIN, Roles.SALES, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {}

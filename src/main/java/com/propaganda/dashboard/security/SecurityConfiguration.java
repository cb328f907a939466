package com.propaganda.dashboard.security;

import com.propaganda.dashboard.users.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form sign-in through the JSF login page; web.xml says which pages need which roles. */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CEO, Roles.ADMIN, Roles.SALES, Roles.OPERATOR})
@ApplicationScoped
public class SecurityConfiguration {}

package fr.capacite.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Faces 4 and Jakarta Security: a custom login page ({@code /login.xhtml}), shown in place of a
 * protected page to unauthenticated users (a forward: the address stays the page's, which the login
 * form carries and goes back to). Users and roles come from {@code CapaciteIdentityStore}.
 */
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@ApplicationScoped
public class ApplicationConfig {}

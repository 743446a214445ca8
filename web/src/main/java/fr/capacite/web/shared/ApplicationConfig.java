package fr.capacite.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Faces 4 and Jakarta Security: a custom login page ({@code /login.xhtml}); protected pages send
 * unauthenticated users there and back. Users and roles come from {@code CapaciteIdentityStore}.
 */
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class ApplicationConfig {}

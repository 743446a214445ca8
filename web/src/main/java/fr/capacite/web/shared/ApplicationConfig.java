package fr.capacite.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * Faces 4 with CDI. Logging in is {@code fr.capacite.web.identity.LoginMechanism} (Jakarta
 * Security); users and roles come from {@code CapaciteIdentityStore}.
 */
@FacesConfig
@ApplicationScoped
public class ApplicationConfig {}

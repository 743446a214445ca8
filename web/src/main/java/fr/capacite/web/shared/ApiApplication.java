package fr.capacite.web.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api}; its OpenAPI document is {@code /api/openapi.json}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}

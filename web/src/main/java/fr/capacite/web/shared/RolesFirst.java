package fr.capacite.web.shared;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Checks an operation's {@code @RolesAllowed} before the endpoint runs (Jersey's own feature), so
 * that a call the caller's roles do not allow is refused at once (401 or 403, see
 * WebApplicationExceptionMapper) instead of reaching the EJB container, which would log each
 * refusal as a system exception with its stack trace. The EJB check stays behind it.
 */
@Provider
public class RolesFirst implements DynamicFeature {

  private final RolesAllowedDynamicFeature jersey = new RolesAllowedDynamicFeature();

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    jersey.configure(resourceInfo, context);
  }
}

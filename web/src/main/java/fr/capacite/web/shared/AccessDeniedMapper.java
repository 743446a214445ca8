package fr.capacite.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A call the caller may not make: 401 when nobody is logged in (or the session has ended), 403 when
 * the caller's roles do not allow it, with the usual translated JSON body.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;
  @Context private jakarta.servlet.http.HttpServletRequest request;
  @Context private SecurityContext security;

  @Override
  public Response toResponse(EJBAccessException e) {
    if (security == null || security.getUserPrincipal() == null) {
      return BusinessExceptionMapper.error(
          401,
          "error.api.unauthenticated",
          Messages.text(ApiLocale.of(request, headers), "error.api.unauthenticated"));
    }
    return BusinessExceptionMapper.error(
        403,
        "error.api.forbidden",
        Messages.text(ApiLocale.of(request, headers), "error.api.forbidden"));
  }
}

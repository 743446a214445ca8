package fr.capacite.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A call the caller's roles do not allow: 403 with the usual translated JSON body. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(EJBAccessException e) {
    return BusinessExceptionMapper.error(
        403,
        "error.api.forbidden",
        Messages.text(BusinessExceptionMapper.locale(headers), "error.api.forbidden"));
  }
}

package fr.capacite.web.shared;

import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.ObjectNotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Business refusals as JSON: 404 not found, 403 refused, 409 concurrent edit, 507 no room for a
 * file, 400 otherwise.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Context private jakarta.servlet.http.HttpServletRequest request;

  @Override
  public Response toResponse(BusinessException e) {
    return error(
        status(e),
        e.getMessageKey(),
        Messages.text(ApiLocale.of(request, headers), e.getMessageKey(), e.getArguments()));
  }

  /** The HTTP status a business refusal carries. */
  static int status(BusinessException e) {
    if (e instanceof ObjectNotFoundException) {
      return 404;
    }
    if (e instanceof fr.capacite.application.shared.AccessRefusedException) {
      return 403;
    }
    if (e instanceof fr.capacite.application.shared.StorageFullException) {
      return 507;
    }
    if (e instanceof ConcurrentEditException
        || e instanceof fr.capacite.application.library.EditConflictException
        || e instanceof fr.capacite.application.shared.StateConflictException) {
      return 409;
    }
    return 400;
  }

  static Response error(int status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, code, message))
        .build();
  }
}

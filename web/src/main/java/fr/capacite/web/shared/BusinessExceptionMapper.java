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
import java.util.Locale;

/** Business refusals as JSON: 404 not found, 409 concurrent edit, 400 otherwise. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException e) {
    int status =
        e instanceof ObjectNotFoundException
            ? 404
            : e instanceof fr.capacite.application.shared.AccessRefusedException
                ? 403
                : e instanceof ConcurrentEditException
                        || e instanceof fr.capacite.application.library.EditConflictException
                    ? 409
                    : 400;
    return error(
        status,
        e.getMessageKey(),
        Messages.text(locale(headers), e.getMessageKey(), e.getArguments()));
  }

  static Response error(int status, String code, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, code, message))
        .build();
  }

  /** French unless the client prefers English. */
  static Locale locale(HttpHeaders headers) {
    if (headers != null) {
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage())) {
          return Locale.UK;
        }
        if ("fr".equals(l.getLanguage())) {
          return Locale.FRENCH;
        }
      }
    }
    return Locale.FRENCH;
  }
}

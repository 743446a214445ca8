package fr.capacite.web.shared;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Framework errors (unknown path, bad parameter, unreadable JSON) as the same JSON error body,
 * translated, without a stack trace.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;
  @Context private jakarta.servlet.http.HttpServletRequest request;
  @Context private jakarta.ws.rs.core.SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status == 403 && (security == null || security.getUserPrincipal() == null)) {
      // Refused because nobody is logged in: 401, as for the services' own checks.
      return BusinessExceptionMapper.error(
          401,
          "error.api.unauthenticated",
          Messages.text(ApiLocale.of(request, headers), "error.api.unauthenticated"));
    }
    boolean badJson = e.getCause() instanceof JsonbException;
    String key =
        badJson
            ? "error.api.badJson"
            : switch (status) {
              case 400 -> "error.api.badRequest";
              case 403 -> "error.api.forbidden";
              case 404 -> "error.api.notFound";
              case 405 -> "error.api.methodNotAllowed";
              case 406, 415 -> "error.api.mediaType";
              default -> "error.api.server";
            };
    int code = badJson ? 400 : status;
    return BusinessExceptionMapper.error(
        code, key, Messages.text(ApiLocale.of(request, headers), key));
  }
}

package fr.capacite.web.shared;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body JSON-B cannot read (Jersey wraps the parse error in a ProcessingException): a 400
 * with the translated "unreadable JSON" error, never a 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    boolean badJson = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      badJson |= t instanceof JsonbException || t instanceof jakarta.json.JsonException;
    }
    String key = badJson ? "error.api.badJson" : "error.api.badRequest";
    return BusinessExceptionMapper.error(
        400, key, Messages.text(BusinessExceptionMapper.locale(headers), key));
  }
}

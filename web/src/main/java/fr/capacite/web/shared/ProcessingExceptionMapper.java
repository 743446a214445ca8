package fr.capacite.web.shared;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body JSON-B cannot read (Jersey wraps the parse error in a ProcessingException): a 400
 * with the translated "unreadable JSON" error, never a 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;
  @Context private jakarta.servlet.http.HttpServletRequest request;

  /** Yasson's message for a field no property takes ("Json property x can not be mapped…"). */
  private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

  @Override
  public Response toResponse(ProcessingException e) {
    boolean badJson = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      badJson |= t instanceof JsonbException || t instanceof jakarta.json.JsonException;
      Matcher m = t.getMessage() == null ? null : UNKNOWN.matcher(t.getMessage());
      if (m != null && m.find()) {
        return BusinessExceptionMapper.error(
            400,
            "error.api.unknownField",
            Messages.text(ApiLocale.of(request, headers), "error.api.unknownField", m.group(1)));
      }
    }
    String key = badJson ? "error.api.badJson" : "error.api.badRequest";
    return BusinessExceptionMapper.error(
        400, key, Messages.text(ApiLocale.of(request, headers), key));
  }
}

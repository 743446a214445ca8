package fr.capacite.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets error pages render after a failed POST. The error view is a new page, not a postback of the
 * failed form; yet it sees the form's parameters, so Faces treats it as a postback and PrimeFaces
 * then demands the form's script nonce. A POST that carried none (forged, or sent without scripts)
 * would end in an empty 500. Hiding the posted view state makes the error page an ordinary render
 * with a fresh nonce.
 */
@WebFilter(
    filterName = "ErrorDispatchFilter",
    urlPatterns = "*.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req.getParameter(VIEW_STATE) == null ? req : new WithoutViewState(req), res);
  }

  /** The request as the error view should see it: without the failed form's view state. */
  static final class WithoutViewState extends HttpServletRequestWrapper {

    WithoutViewState(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return VIEW_STATE.equals(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return VIEW_STATE.equals(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return super.getParameterMap().entrySet().stream()
          .filter(e -> !VIEW_STATE.equals(e.getKey()))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}

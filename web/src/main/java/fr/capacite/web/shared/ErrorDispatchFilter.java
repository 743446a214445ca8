package fr.capacite.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets error pages render after a failed POST. PrimeFaces' CSP support reuses the posted script
 * nonce on postbacks and issues a fresh one only for forwards; an error dispatch is a forward to
 * another view, so it is marked as one. Without this, a POST that carried no nonce (a forged or
 * script-less request) would end in an empty 500 instead of the translated error page.
 */
@WebFilter(
    filterName = "ErrorDispatchFilter",
    urlPatterns = "*.xhtml",
    dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) == null) {
      Object failed = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      req.setAttribute(
          RequestDispatcher.FORWARD_REQUEST_URI, failed == null ? req.getRequestURI() : failed);
    }
    chain.doFilter(req, res);
  }
}

package fr.capacite.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code SameSite=Lax} on the session cookie, so that a page of another site never sends it with a
 * form post or a script's request. Written here because GlassFish 7.0.25 applies neither the {@code
 * web.xml} cookie attribute nor {@code SessionCookieConfig.setAttribute}: the container adds its
 * {@code Set-Cookie} header itself when a session starts or changes id, and this filter adds the
 * attribute to that header at once (the header is still unsent then), and again before a redirect,
 * an error, a flush and at the end of the request, for a cookie the container set on its own (at
 * login).
 */
@WebFilter(filterName = "SessionCookieFilter", urlPatterns = "/*", asyncSupported = true)
public class SessionCookieFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String name = req.getServletContext().getSessionCookieConfig().getName();
    LaxCookies wrapped = new LaxCookies(res, name == null ? "JSESSIONID" : name);
    chain.doFilter(new SessionWatch(req, wrapped), wrapped);
    wrapped.fix();
  }

  /** Fixes the cookie as soon as the request starts a session or changes its id. */
  static final class SessionWatch extends HttpServletRequestWrapper {

    private final LaxCookies cookies;

    SessionWatch(HttpServletRequest request, LaxCookies cookies) {
      super(request);
      this.cookies = cookies;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      if (session != null && session.isNew()) {
        cookies.fix();
      }
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      cookies.fix();
      return id;
    }
  }

  /** Rewrites the session cookie's {@code Set-Cookie} headers, once, before they are sent. */
  static final class LaxCookies extends HttpServletResponseWrapper {

    private final String prefix;

    LaxCookies(HttpServletResponse response, String cookieName) {
      super(response);
      this.prefix = cookieName + "=";
    }

    void fix() {
      HttpServletResponse res = (HttpServletResponse) getResponse();
      if (res.isCommitted()) {
        return;
      }
      List<String> headers = new ArrayList<>(res.getHeaders("Set-Cookie"));
      if (headers.stream().noneMatch(this::needsLax)) {
        return;
      }
      boolean first = true;
      for (String h : headers) {
        String value = needsLax(h) ? h + "; SameSite=Lax" : h;
        if (first) {
          res.setHeader("Set-Cookie", value);
          first = false;
        } else {
          res.addHeader("Set-Cookie", value);
        }
      }
    }

    private boolean needsLax(String header) {
      return header.startsWith(prefix) && !header.toLowerCase(Locale.ROOT).contains("samesite");
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      fix();
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      fix();
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      fix();
      super.sendError(sc);
    }

    @Override
    public void flushBuffer() throws IOException {
      fix();
      super.flushBuffer();
    }
  }
}

package fr.capacite.web.shared;

import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns business refusals thrown from actions into translated messages on the same page, for Ajax
 * and full requests alike; anything else goes to the error page, with its status (a failed Ajax
 * request redirects there).
 */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

  public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(Handler.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      if (answerDatabaseOutage() || refuseExpectedClientError()) {
        return;
      }
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable t = events.next().getContext().getException();
        BusinessException business = find(t, BusinessException.class);
        boolean optimistic = find(t, OptimisticLockException.class) != null;
        if (business != null || optimistic) {
          if (business != null) {
            Messages.error(business);
          } else {
            Messages.error("error.concurrentEdit");
          }
          FacesContext fc = FacesContext.getCurrentInstance();
          fc.validationFailed();
          fc.renderResponse();
          events.remove();
        }
      }
      FacesContext fc = FacesContext.getCurrentInstance();
      if (fc != null && fc.getPartialViewContext().isAjaxRequest()) {
        events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
          Throwable t = events.next().getContext().getException();
          events.remove();
          while (events.hasNext()) {
            events.next();
            events.remove();
          }
          redirectToErrorPage(fc, t);
          return;
        }
      }
      getWrapped().handle();
    }

    /**
     * A page or an action that failed because the database is out of reach: the maintenance answer
     * (503, translated), as {@link DatabaseOutageFilter} gives every request until the database is
     * back, rather than the "unexpected error" page.
     */
    private boolean answerDatabaseOutage() {
      FacesContext fc = FacesContext.getCurrentInstance();
      if (fc == null) {
        return false;
      }
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable t = events.next().getContext().getException();
        if (!DatabaseOutage.isOutage(t)) {
          continue;
        }
        DatabaseOutage.markDown(t);
        events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        var ec = fc.getExternalContext();
        var response = (HttpServletResponse) ec.getResponse();
        if (!response.isCommitted()) {
          response.reset();
          try {
            DatabaseOutageFilter.answer(
                (jakarta.servlet.http.HttpServletRequest) ec.getRequest(), response);
          } catch (IOException e) {
            LOG.log(Level.FINE, "could not send the maintenance answer", e);
          }
        }
        fc.responseComplete();
        return true;
      }
      return false;
    }

    /**
     * Expected client errors of a full request: a form posted without this page's script nonce (a
     * forged or script-less post, a stale tab) or with a view state the server does not hold. A 400
     * page, or the "page expired" page, and one line in the log: never a stack trace, which a
     * client could otherwise write into the log at will.
     */
    private boolean refuseExpectedClientError() {
      FacesContext fc = FacesContext.getCurrentInstance();
      if (fc == null || fc.getPartialViewContext().isAjaxRequest()) {
        return false;
      }
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable t = events.next().getContext().getException();
        boolean expired = find(t, jakarta.faces.application.ViewExpiredException.class) != null;
        if (!expired && find(t, org.primefaces.csp.CspException.class) == null) {
          continue;
        }
        events.remove();
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        var ec = fc.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) ec.getRequest();
        LOG.info(
            () ->
                "Refused "
                    + request.getMethod()
                    + " "
                    + request.getRequestURI()
                    + (expired ? ": view state not held" : ": no valid script nonce"));
        try {
          if (expired) {
            ec.redirect(ec.getRequestContextPath() + "/errorpages/expired.xhtml");
          } else {
            ec.responseSendError(400, "");
          }
        } catch (IOException e) {
          LOG.log(Level.FINE, "could not answer a refused request", e);
        }
        fc.responseComplete();
        return true;
      }
      return false;
    }

    /**
     * A failed Ajax request would otherwise end in an {@code <error>} element that the page
     * ignores: the user would see nothing, or half a page. Send the browser to the error page
     * instead, which then answers with its own status. Written by hand (OmniFaces'
     * FullAjaxExceptionHandler renders the error view into the Ajax response, which breaks with
     * PrimeFaces' per-request CSP nonce and leaves the error with a 200 status).
     */
    private static void redirectToErrorPage(FacesContext fc, Throwable t) {
      String page =
          find(t, jakarta.faces.application.ViewExpiredException.class) != null
              ? "expired"
              : find(t, org.primefaces.csp.CspException.class) != null
                  ? "400"
                  : find(t, ObjectNotFoundException.class) != null
                      ? "404"
                      : find(t, jakarta.ejb.EJBAccessException.class) != null ? "403" : "500";
      if ("500".equals(page)) {
        LOG.log(Level.SEVERE, "Ajax request failed", t);
      } else {
        LOG.info(() -> "Ajax request refused (" + page + "): " + t);
      }
      var response = (HttpServletResponse) fc.getExternalContext().getResponse();
      if (response.isCommitted()) {
        LOG.log(Level.WARNING, "Ajax error after the response was committed", t);
        fc.responseComplete();
        return;
      }
      response.reset();
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-cache");
      String url =
          fc.getExternalContext().getRequestContextPath() + "/errorpages/" + page + ".xhtml";
      try {
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url
                    + "\"></redirect></partial-response>");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not send the Ajax error redirect", e);
      }
      fc.responseComplete();
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
      for (Throwable c = t;
          c != null;
          c =
              c instanceof EJBException e && e.getCausedByException() != null
                  ? e.getCausedByException()
                  : c.getCause()) {
        if (type.isInstance(c)) {
          return type.cast(c);
        }
        if (c.getCause() == c) {
          break;
        }
      }
      return null;
    }
  }
}

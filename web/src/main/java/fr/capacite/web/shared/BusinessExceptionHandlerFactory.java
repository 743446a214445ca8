package fr.capacite.web.shared;

import fr.capacite.application.shared.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.util.Iterator;

/**
 * Turns business refusals thrown from actions into translated messages on the same page, for Ajax
 * and full requests alike; anything else goes to the error page.
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

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
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
      getWrapped().handle();
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

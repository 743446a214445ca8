package fr.capacite.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is created in the language the person chose (LocaleBean), not the browser's: a message
 * added before rendering (by a page's view action) is then in the language of the page around it.
 * The template's {@code f:view locale} alone applies only once rendering starts.
 *
 * <p>For the same reason a view created for a visitor who is not logged in is stateless from the
 * start, as the template's {@code f:view transient} makes it once built: PrimeFaces' CSP listener
 * reads the flag before the view is built (for instance when the login page is shown in place of a
 * protected page), and would otherwise start an HTTP session to keep its nonce.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && context.getExternalContext().getUserPrincipal() == null) {
      root.setTransient(true);
    }
    return root;
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    try {
      return locales().getLocale();
    } catch (RuntimeException e) {
      return super.calculateLocale(context);
    }
  }

  private volatile LocaleBean locales;

  /**
   * The request-scoped bean's client proxy, looked up once: it reaches the current request's
   * instance on every call, and {@code CDI.current()} is costly on GlassFish (it searches the
   * application's bean managers on each call, several times a page).
   */
  private LocaleBean locales() {
    LocaleBean l = locales;
    if (l == null) {
      l = CDI.current().select(LocaleBean.class).get();
      locales = l;
    }
    return l;
  }
}

package fr.capacite.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is created in the language the person chose (LocaleBean), not the browser's: a message
 * added before rendering (by a page's view action) is then in the language of the page around it.
 * The template's {@code f:view locale} alone applies only once rendering starts.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    try {
      return CDI.current().select(LocaleBean.class).get().getLocale();
    } catch (RuntimeException e) {
      return super.calculateLocale(context);
    }
  }
}

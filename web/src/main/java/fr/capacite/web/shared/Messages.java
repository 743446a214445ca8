package fr.capacite.web.shared;

import fr.capacite.application.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translated texts from {@code fr.capacite.i18n.Messages}, and Faces messages built from them. */
public final class Messages {

  public static final String BUNDLE = "fr.capacite.i18n.Messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern;
    }
    // Dates in messages read as the user writes them (never ISO): "le 24/04/2028".
    Object[] readable = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      readable[i] = Dates.readable(args[i], locale);
    }
    return new MessageFormat(pattern, locale).format(readable);
  }

  public static String text(String key, Object... args) {
    return text(currentLocale(), key, args);
  }

  public static String text(BusinessException e) {
    return text(e.getMessageKey(), e.getArguments());
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** An error already translated (one of several problems gathered at once). */
  public static void errorText(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  public static void error(BusinessException e) {
    add(FacesMessage.SEVERITY_ERROR, text(e));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(null, new FacesMessage(severity, text, null));
    // Messages must survive the redirect that follows a successful full POST (Ajax stays on the
    // page). An anonymous page never redirects after a message, and keeps nothing for later.
    if (!fc.getPartialViewContext().isAjaxRequest()
        && fc.getExternalContext().getUserPrincipal() != null) {
      fc.getExternalContext().getFlash().setKeepMessages(true);
    }
  }

  private static Locale currentLocale() {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc != null && fc.getViewRoot() != null) {
      return fc.getViewRoot().getLocale();
    }
    return Locale.FRENCH;
  }
}

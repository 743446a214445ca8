package fr.capacite.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this session: French by default, English on request. A logged-in user's
 * choice is stored on the account and restored at the next login.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final List<String> SUPPORTED = List.of("fr", "en");

  private Locale locale = Locale.FRENCH;

  /**
   * The locale of a supported language. English is British English (en-GB): day before month,
   * 24-hour times and weeks starting on Monday, as the field's English readers in Europe expect.
   */
  public static Locale of(String language) {
    return "en".equals(language) ? Locale.UK : Locale.FRENCH;
  }

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Applies a language without remembering it (e.g. the one stored on the account at login). */
  public void use(String language) {
    locale = of(language);
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc != null && fc.getViewRoot() != null) {
      fc.getViewRoot().setLocale(locale);
    }
  }
}

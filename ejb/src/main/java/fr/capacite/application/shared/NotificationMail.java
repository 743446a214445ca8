package fr.capacite.application.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail that carries a notification: the same sentence as in the application, in the
 * recipient's language, with the link to follow made absolute.
 */
public record NotificationMail(String subject, String body) {

  static final String BUNDLE = "fr.capacite.i18n.Messages";

  public static NotificationMail of(
      Locale locale, String messageKey, List<String> arguments, String link, String baseUrl) {
    return of(locale, messageKey, arguments, link, baseUrl, "mail.subject", "mail.footer");
  }

  /**
   * The same with a subject and a closing line of their own (account mails say what they are about,
   * and are sent whatever the notification settings).
   */
  public static NotificationMail of(
      Locale locale,
      String messageKey,
      List<String> arguments,
      String link,
      String baseUrl,
      String subjectKey,
      String footerKey) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    String sentence =
        new MessageFormat(b.getString(messageKey), locale).format(arguments.toArray());
    StringBuilder body = new StringBuilder(sentence).append("\n\n");
    if (link != null && !link.isBlank()) {
      String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
      body.append(base).append(link).append("\n\n");
    }
    body.append(b.getString(footerKey));
    return new NotificationMail(b.getString(subjectKey), body.toString());
  }
}

package fr.capacite.application.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends e-mail through the configured mail session ({@code mail/capacite}, created by the run
 * command's {@code --mail-host}), off the caller's thread. Without a mail session, nothing is sent:
 * notifications stay in the application.
 */
@Stateless
@PermitAll
public class Mailer {

  /** Where the mail session is looked up: the server's, then one the application defines. */
  static final String[] NAMES = {"mail/capacite", "java:app/mail/capacite"};

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  public boolean isConfigured() {
    return session().isPresent();
  }

  @Asynchronous
  public void send(String to, NotificationMail mail) {
    session()
        .ifPresent(
            s -> {
              try {
                MimeMessage m = new MimeMessage(s);
                if (m.getFrom() == null || m.getFrom().length == 0) {
                  m.setFrom(new InternetAddress("no-reply@capacite.local"));
                }
                m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to));
                m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
                m.setText(mail.body(), StandardCharsets.UTF_8.name());
                Transport.send(m);
              } catch (MessagingException e) {
                // The notification is stored in the application anyway: a mail failure is logged.
                LOG.log(Level.WARNING, "Mail to " + to + " not sent: " + e.getMessage());
              }
            });
  }

  /** Looked up at most once a minute: a missing session costs failed lookups each time. */
  private static volatile Optional<Session> cached;

  private static volatile long cachedAt;

  private static Optional<Session> session() {
    long now = System.currentTimeMillis();
    Optional<Session> c = cached;
    if (c == null || now - cachedAt > 60_000) {
      c = lookup();
      cached = c;
      cachedAt = now;
    }
    return c;
  }

  private static Optional<Session> lookup() {
    for (String name : NAMES) {
      try {
        return Optional.of((Session) new InitialContext().lookup(name));
      } catch (NamingException | ClassCastException e) {
        // not configured under this name
      }
    }
    return Optional.empty();
  }
}

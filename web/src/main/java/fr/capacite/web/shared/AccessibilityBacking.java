package fr.capacite.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The accessibility statement (déclaration d'accessibilité, RGAA 4.1): public, request-scoped so
 * that an anonymous reader creates no session. The contact for reporting a barrier is the
 * installation's own ({@code capacite.contact}, set by {@code ear/run.sh --contact}).
 */
@Named
@RequestScoped
public class AccessibilityBacking {

  /** When this statement was established; a new statement (after an audit) changes it. */
  static final LocalDate ESTABLISHED = LocalDate.of(2026, 12, 7);

  static final String CONTACT_PROPERTY = "capacite.contact";

  public LocalDate getEstablished() {
    return ESTABLISHED;
  }

  /** The address to write to, or null when the installation has not given one. */
  public String getContact() {
    String contact = System.getProperty(CONTACT_PROPERTY, "").strip();
    return contact.isEmpty() ? null : contact;
  }
}

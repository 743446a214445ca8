package fr.capacite.application.identity;

import fr.capacite.domain.identity.Role;
import java.util.List;
import java.util.Set;

/**
 * The demo logins created when the application runs with demo data ({@code capacite.demo=true}).
 */
public final class DemoAccounts {

  /** Shared by every demo account; long enough for the password policy. */
  public static final String PASSWORD = "Capacite-demo-2026";

  /** A demo login. */
  public record Account(String username, String displayName, Set<Role> roles) {}

  public static final List<Account> ALL =
      List.of(
          new Account("admin", "Alice Administratrice", Set.of(Role.ADMIN)),
          new Account("gestionnaire", "Omar Gestionnaire d'organisme", Set.of(Role.ORG_MANAGER)),
          // Trainers often sit on juries too: the conflict screening keeps her off her own
          // learners.
          new Account("formatrice", "Fanny Formatrice", Set.of(Role.TRAINER, Role.JUROR)),
          new Account("jure", "Jules Juré", Set.of(Role.JUROR)),
          new Account("jure2", "Nadia Jurée", Set.of(Role.JUROR)),
          new Account("mediatrice", "Maya Médiatrice", Set.of(Role.MEDIATOR)),
          new Account("conseiller", "Camille Conseillère numérique", Set.of(Role.MEDIATOR)),
          new Account("apprenant", "Yanis Apprenant", Set.of(Role.MEDIATOR)),
          new Account("curateur", "Camille Curatrice", Set.of(Role.CURATOR)));

  private DemoAccounts() {}
}

package fr.capacite.testing;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Organisations with fresh SIRETs, and the accounts behind the test identities. */
@Stateless
@PermitAll
public class OrganisationTestData {

  @PersistenceContext private EntityManager em;

  /** A random SIRET that passes the Luhn check (never La Poste's). */
  public static String siret() {
    while (true) {
      String base =
          String.valueOf(
              ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
      for (int d = 0; d < 10; d++) {
        String s = base + d;
        if (fr.capacite.domain.organisation.Siret.isValid(s) && !s.startsWith("356000000")) {
          return s;
        }
      }
    }
  }

  /** An organisation whose members are the given test principals (created if missing). */
  public long organisation(String name, String... memberUsernames) {
    TrainingOrganisation o = new TrainingOrganisation(name, siret());
    for (String username : memberUsernames) {
      o.addMember(account(username));
    }
    em.persist(o);
    em.flush();
    return o.getId();
  }

  private User account(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              User u = new User(username, username + "@example.org", username, "not-a-login-hash");
              u.assignRoles(
                  username.contains("trainer") ? Set.of(Role.TRAINER) : Set.of(Role.ORG_MANAGER));
              em.persist(u);
              return u;
            });
  }
}

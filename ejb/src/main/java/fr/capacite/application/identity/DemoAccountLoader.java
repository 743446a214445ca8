package fr.capacite.application.identity;

import fr.capacite.domain.identity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Creates the demo accounts that are missing; existing ones (and their changes) are kept. */
@Stateless
@PermitAll
public class DemoAccountLoader {

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;

  public int loadMissing() {
    int created = 0;
    String hash = null;
    for (DemoAccounts.Account a : DemoAccounts.ALL) {
      boolean exists =
          !em.createNamedQuery("User.findByUsername", User.class)
              .setParameter("username", a.username())
              .getResultList()
              .isEmpty();
      if (!exists) {
        if (hash == null) {
          hash = hasher.hash(DemoAccounts.PASSWORD.toCharArray());
        }
        User u = new User(a.username(), a.username() + "@demo.capacite.fr", a.displayName(), hash);
        u.assignRoles(a.roles());
        em.persist(u);
        created++;
      }
    }
    return created;
  }
}

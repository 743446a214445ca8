package fr.capacite.application.organisation;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that decides whether the caller may see or change an organisation (and what belongs
 * to it: sites, cohorts). Administrators may do everything; members see their organisation; manager
 * members change it. Anything else does not exist for the caller.
 */
@Stateless
@PermitAll
public class OrganisationAccess {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;

  /** The organisation if the caller may see it. */
  public TrainingOrganisation visible(long id) {
    TrainingOrganisation o = em.find(TrainingOrganisation.class, id);
    if (o == null || !(isAdmin() || isMember(id))) {
      throw new ObjectNotFoundException("organisation", id);
    }
    return o;
  }

  /** The organisation if the caller may change it (administrator, or a manager member). */
  public TrainingOrganisation managed(long id) {
    TrainingOrganisation o = visible(id);
    if (!isAdmin() && !ctx.isCallerInRole(Role.Names.ORG_MANAGER)) {
      throw new ObjectNotFoundException("organisation", id);
    }
    return o;
  }

  /**
   * Whether the caller may change the organisation. A question, not a check: it throws nothing, so
   * asking it never dooms the caller's transaction (business exceptions roll back).
   */
  public boolean canManage(long id) {
    return em.find(TrainingOrganisation.class, id) != null
        && (isAdmin() || (ctx.isCallerInRole(Role.Names.ORG_MANAGER) && isMember(id)));
  }

  public boolean isAdmin() {
    return ctx.isCallerInRole(Role.Names.ADMIN);
  }

  public String caller() {
    return ctx.getCallerPrincipal().getName();
  }

  /** Whether the caller is a member (manager or trainer) of the organisation. */
  public boolean isMember(long id) {
    return em.createNamedQuery("TrainingOrganisation.isMember", Long.class)
            .setParameter("id", id)
            .setParameter("username", caller())
            .getSingleResult()
        > 0;
  }
}

package fr.capacite.application.library;

import fr.capacite.application.credential.CredentialService;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.credential.CredentialKind;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.CreditKind;
import fr.capacite.domain.library.EditProposal;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ProposalStatus;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edit proposals: anyone signed in proposes new content for any visible resource; maintainers and
 * curators accept or reject each changed block and comment. Accepting makes a revision credited to
 * the proposer (and a contribution credential); a proposal whose base has moved on is not merged.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class ProposalService {

  static final int COMMENT_MAX = 2000;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LibraryReader reader;
  @EJB private NotificationService notifications;
  @EJB private CredentialService credentials;
  @EJB private AuditService audit;
  @EJB private LibraryFiles files;
  @Inject private Event<ResourceChanged> changed;

  /** Proposes new content based on a revision; returns the proposal's id. */
  public long propose(String slug, int basedOn, List<BlockContent> content, String summary) {
    LearningResource r = reader.resource(slug);
    if (reader.canEdit(r)) {
      throw new InvalidInputException("library.proposal.editDirectly");
    }
    if (basedOn < 1 || basedOn > r.getLatestRevision()) {
      throw new ObjectNotFoundException("revision", basedOn);
    }
    if (summary != null && summary.length() > 500) {
      throw new InvalidInputException("library.proposal.summaryTooLong", 500);
    }
    if (RevisionDiff.identical(
        RevisionDiff.blocks(reader.revision(r, basedOn).content(), content))) {
      throw new InvalidInputException("library.proposal.noChange");
    }
    files.checkUsable(r, content);
    User me = me();
    EditProposal p;
    try {
      p = new EditProposal(r, basedOn, me, summary, content, Instant.now());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    em.persist(p);
    em.flush();
    r.getMaintainers()
        .forEach(
            m ->
                notifications.send(
                    m.getUser(),
                    "notification.proposalReceived",
                    "/library/proposal.xhtml?id=" + p.getId(),
                    List.of(
                        me.getDisplayName(), reader.revision(r, r.shownRevision()).getTitle())));
    audit.record(
        AuditKind.LIBRARY_CHANGED, me.getUsername(), "resource:" + slug, "proposal " + p.getId());
    return p.getId();
  }

  /** The open proposals of a resource. */
  public List<ProposalViews.Row> open(String slug) {
    LearningResource r = reader.resource(slug);
    return em
        .createNamedQuery("EditProposal.openByResource", EditProposal.class)
        .setParameter("resource", r)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(
            p ->
                new ProposalViews.Row(
                    p.getId(),
                    p.getProposer().getDisplayName(),
                    p.getCreatedAt(),
                    p.getSummary(),
                    p.getBaseRevision()))
        .toList();
  }

  public ProposalViews.Review review(long id) {
    EditProposal p = proposal(id);
    LearningResource r = p.getResource();
    ResourceRevision base = reader.revision(r, p.getBaseRevision());
    var changes = RevisionDiff.blocks(base.content(), p.content());
    List<ProposalViews.Comment> comments =
        em
            .createQuery(
                "SELECT c.author.displayName, c.createdAt, c.body FROM ProposalComment c WHERE c.proposal = :p ORDER BY c.createdAt",
                Object[].class)
            .setParameter("p", p)
            .getResultList()
            .stream()
            .map(o -> new ProposalViews.Comment((String) o[0], (Instant) o[1], (String) o[2]))
            .toList();
    return new ProposalViews.Review(
        p.getId(),
        r.getSlug(),
        base.getTitle(),
        p.getProposer().getDisplayName(),
        p.getSummary(),
        p.getBaseRevision(),
        r.getLatestRevision(),
        p.getStatus(),
        p.getResultingRevision(),
        changes,
        ProposalMerge.decidable(changes),
        comments,
        reader.canEdit(r) && p.getStatus() == ProposalStatus.OPEN,
        p.getVersion());
  }

  /** A comment by the proposer, a maintainer or a curator. */
  public ProposalViews.Review comment(long id, String body) {
    EditProposal p = proposal(id);
    if (body == null || body.isBlank() || body.length() > COMMENT_MAX) {
      throw new InvalidInputException("library.proposal.comment", COMMENT_MAX);
    }
    User me = me();
    if (!reader.canEdit(p.getResource()) && !p.getProposer().equals(me)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    em.persist(new fr.capacite.domain.library.ProposalComment(p, me, body.strip(), Instant.now()));
    em.flush();
    return review(id);
  }

  /**
   * Decides: the accepted changes (indexes of the review's changes) make a new revision credited to
   * the proposer; none accepted rejects. A proposal based on an older revision is not merged.
   */
  public ProposalViews.Review decide(long id, long expectedVersion, Set<Integer> accepted) {
    EditProposal p = proposal(id);
    LearningResource r = p.getResource();
    if (!reader.canEdit(r)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    if (p.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (p.getStatus() != ProposalStatus.OPEN) {
      throw new InvalidInputException("library.proposal.decided");
    }
    if (p.getBaseRevision() != r.getLatestRevision()) {
      throw new InvalidInputException(
          "library.proposal.stale", p.getBaseRevision(), r.getLatestRevision());
    }
    ResourceRevision base = reader.revision(r, p.getBaseRevision());
    var changes = RevisionDiff.blocks(base.content(), p.content());
    Set<Integer> chosen = new HashSet<>(accepted == null ? Set.of() : accepted);
    chosen.retainAll(ProposalMerge.decidable(changes));
    User me = me();
    Integer revision = null;
    if (!chosen.isEmpty()) {
      ResourceRevision next =
          r.revise(
              base.getNumber(),
              p.getProposer(),
              Instant.now(),
              p.getSummary().isEmpty() ? "Proposition acceptée" : p.getSummary(),
              base.metadata(),
              ProposalMerge.apply(changes, chosen),
              base.getCompetences(),
              base.getPixCompetences(),
              null,
              p.getId());
      em.persist(next);
      revision = next.getNumber();
      r.credit(p.getProposer(), CreditKind.CONTRIBUTOR, Instant.now()).consent(Instant.now());
      credentials.issue(
          p.getProposer(),
          CredentialKind.CONTRIBUTION,
          "proposal:" + p.getId(),
          "library/contribution",
          "Contribution acceptée à la ressourcerie : « " + base.getTitle() + " »",
          "Modification proposée et acceptée par les mainteneurs de la ressource (révision "
              + revision
              + ").",
          "Proposition relue bloc par bloc par les mainteneurs ou un curateur.",
          Instant.now());
    }
    p.decide(chosen.size(), ProposalMerge.decidable(changes).size(), me, Instant.now(), revision);
    em.flush();
    notifications.send(
        p.getProposer(),
        chosen.isEmpty() ? "notification.proposalRejected" : "notification.proposalAccepted",
        "/library/proposal.xhtml?id=" + p.getId(),
        List.of(base.getTitle()));
    if (revision != null) {
      changed.fire(new ResourceChanged(r.getSlug()));
    }
    audit.record(
        AuditKind.LIBRARY_CHANGED, me.getUsername(), "proposal:" + id, p.getStatus().name());
    return review(id);
  }

  private EditProposal proposal(long id) {
    EditProposal p = em.find(EditProposal.class, id);
    if (p == null) {
      throw new ObjectNotFoundException("proposal", id);
    }
    reader.resource(p.getResource().getSlug()); // the caller must be able to see the resource
    return p;
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }
}

package fr.capacite.application.jury;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.ConflictDeclaration;
import fr.capacite.domain.jury.JurorProfile;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Jurors: administrators keep their habilitation and experience (R1, R2); jurors sign the ethics
 * charter and declare their links with people they must not assess (R3).
 */
@Stateless
public class JurorService {

  static final ZoneId ZONE = FrenchTime.ZONE;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private AuditService audit;

  /** Users with the juror role and their profiles, by name. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public PageSlice<JurorView> listJurors(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<User> users =
        em.createQuery(
                "SELECT u FROM User u JOIN u.roles r WHERE r = :role AND u.active = TRUE ORDER BY u.displayName",
                User.class)
            .setParameter("role", Role.JUROR)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :role AND u.active = TRUE",
                Long.class)
            .setParameter("role", Role.JUROR)
            .getSingleResult();
    Map<Long, JurorProfile> profiles =
        users.isEmpty()
            ? Map.of()
            : em
                .createNamedQuery("JurorProfile.findByUsers", JurorProfile.class)
                .setParameter("users", users)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(p -> p.getUser().getId(), Function.identity()));
    LocalDate today = LocalDate.now(ZONE);
    return new PageSlice<>(
        users.stream().map(u -> view(u, profiles.get(u.getId()), today)).toList(), total, f, s);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public JurorView getJuror(String username) {
    User u = juror(username);
    return view(u, profile(u), LocalDate.now(ZONE));
  }

  /** Records a juror's habilitation and experience; {@code expectedVersion} guards edits. */
  @RolesAllowed(Role.Names.ADMIN)
  public JurorView saveProfile(String username, long expectedVersion, JurorView.JurorForm form) {
    User u = juror(username);
    JurorProfile p = profile(u);
    if (p == null) {
      p = new JurorProfile(u);
      em.persist(p);
    } else if (p.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (form.yearsInJob() < 0 || form.yearsInJob() > 60) {
      throw new InvalidInputException("jury.juror.badYears");
    }
    p.describe(
        blankToNull(form.habilitationRegion()),
        form.habilitationUntil(),
        form.yearsInJob(),
        form.leftJobOn(),
        form.inductionOn(),
        form.charterSignedOn(),
        blankToNull(form.employer()));
    em.flush();
    audit.record(
        AuditKind.JUROR_PROFILE_CHANGED,
        ctx.getCallerPrincipal().getName(),
        "juror:" + username,
        "habilitation until " + form.habilitationUntil());
    return view(u, p, LocalDate.now(ZONE));
  }

  @RolesAllowed(Role.Names.JUROR)
  public JurorView myProfile() {
    User u = me();
    return view(u, profile(u), LocalDate.now(ZONE));
  }

  /**
   * The caller signs the ethics charter (neutrality, equal treatment, objectivity,
   * confidentiality).
   */
  @RolesAllowed(Role.Names.JUROR)
  public void signCharter() {
    User u = me();
    JurorProfile p = profile(u);
    if (p == null) {
      p = new JurorProfile(u);
      em.persist(p);
    }
    p.signCharter(LocalDate.now(ZONE));
  }

  /** The caller declares a link with a person they must not assess (R3). */
  @RolesAllowed(Role.Names.JUROR)
  public void declareLink(String candidateUsername, String reason) {
    User juror = me();
    User candidate =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", candidateUsername == null ? "" : candidateUsername.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException("jury.declaration.unknownPerson", candidateUsername));
    if (candidate.equals(juror)) {
      throw new InvalidInputException("jury.declaration.self");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("jury.declaration.reasonRequired");
    }
    if (reason.length() > ConflictDeclaration.REASON_MAX) {
      throw new InvalidInputException(
          "jury.declaration.reasonTooLong", ConflictDeclaration.REASON_MAX);
    }
    boolean exists =
        !em.createNamedQuery(
                "ConflictDeclaration.findByJurorsAndCandidates", ConflictDeclaration.class)
            .setParameter("jurors", List.of(juror))
            .setParameter("candidates", List.of(candidate))
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new InvalidInputException("jury.declaration.already", candidate.getDisplayName());
    }
    em.persist(new ConflictDeclaration(juror, candidate, reason));
  }

  @RolesAllowed(Role.Names.JUROR)
  public List<DeclarationView> myDeclarations() {
    return em
        .createNamedQuery("ConflictDeclaration.findByJuror", ConflictDeclaration.class)
        .setParameter("juror", me())
        .setMaxResults(PageSlice.MAX_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(
            d ->
                new DeclarationView(
                    d.getId(),
                    d.getCandidate().getUsername(),
                    d.getCandidate().getDisplayName(),
                    d.getReason(),
                    d.getDeclaredAt()))
        .toList();
  }

  static JurorView view(User u, JurorProfile p, LocalDate day) {
    JurorView.JurorForm form =
        p == null
            ? new JurorView.JurorForm(null, null, 0, null, null, null, null)
            : new JurorView.JurorForm(
                p.getHabilitationRegion(),
                p.getHabilitationUntil(),
                p.getYearsInJob(),
                p.getLeftJobOn(),
                p.getInductionOn(),
                p.getCharterSignedOn(),
                p.getEmployer());
    JurorProfile probe = p;
    if (probe == null) {
      probe = new JurorProfile(u);
    }
    return new JurorView(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        p == null ? -1 : p.getVersion(),
        form,
        probe.problemsOn(day));
  }

  private User juror(String username) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("juror", username));
    if (!u.hasRole(Role.JUROR)) {
      throw new ObjectNotFoundException("juror", username);
    }
    return u;
  }

  private JurorProfile profile(User u) {
    return em.createNamedQuery("JurorProfile.findByUser", JurorProfile.class)
        .setParameter("user", u)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package fr.capacite.application.credential;

import fr.capacite.application.jury.ResultCorrected;
import fr.capacite.application.jury.ResultsPublished;
import fr.capacite.application.path.ModuleCompleted;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.credential.Credential;
import fr.capacite.domain.credential.CredentialKind;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.path.ModuleCompletion;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifiable credentials (Open Badges 3.0): issued when a jury publishes an acquired block or the
 * full title, and when a module is completed; revoked when an amendment withdraws a block. Holders
 * download them as JSON, JWT or PDF with a QR code; anyone checks them, signature and revocation.
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
public class CredentialService {

  static final String ISSUER_NAME = "Capacité — plateforme de la médiation numérique";
  private static final ZoneId ZONE = FrenchTime.ZONE;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private IssuerKeys keys;
  @EJB private AuditService audit;
  @EJB private NotificationService notifications;
  @EJB private fr.capacite.application.jury.PvService pv;
  @EJB private fr.capacite.application.shared.DocumentSigner signer;

  /** The public base address of the platform (ends with a slash). */
  static String base() {
    String url = System.getProperty("capacite.url", "http://localhost:8080/");
    return url.endsWith("/") ? url : url + "/";
  }

  /** Where a status list is published (the credentials' {@code statusListCredential}). */
  public static String statusListUrl(int list) {
    return base() + "api/credentials/status/" + list;
  }

  /**
   * A status list as a W3C BitstringStatusListCredential: which credentials of the list are
   * revoked, now. Its secured form is {@link #statusListJwt}.
   */
  @PermitAll
  public JsonObject statusList(int list) {
    if (list < 0) {
      throw new ObjectNotFoundException("status-list", list);
    }
    int from = list * StatusLists.SIZE;
    List<Integer> revoked =
        em.createNamedQuery("Credential.revokedPositions", Integer.class)
            .setParameter("from", from)
            .setParameter("to", from + StatusLists.SIZE - 1)
            .getResultList();
    return OpenBadges.statusList(
        statusListUrl(list),
        base() + "api/credentials/issuer",
        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        StatusLists.encode(list, revoked));
  }

  /** The status list secured as a VC-JWT, signed like the credentials. */
  @PermitAll
  public String statusListJwt(int list) {
    JsonObject vc = statusList(list);
    var key = keys.signingKey();
    return OpenBadges.signStatusList(vc, key, keyUrl(key.getKeyID()));
  }

  /** Where a public key is served (the JWT's kid): a verifier finds the key from it alone. */
  public static String keyUrl(String keyName) {
    return base() + "api/credentials/keys/" + keyName;
  }

  /** A key by the kid of a JWT: its address, or the bare name credentials carried before. */
  private Optional<com.nimbusds.jose.jwk.ECKey> keyFor(String kid) {
    String prefix = base() + "api/credentials/keys/";
    return keys.publicKey(kid.startsWith(prefix) ? kid.substring(prefix.length()) : kid);
  }

  static String verifyUrl(String publicId) {
    return base() + "credential.xhtml?id=" + publicId;
  }

  // ---- issuing and revoking, inside the transaction of what caused them ----

  /**
   * Issues a credential once per (person, kind, source): a second call returns the first. Used by
   * the observers below and, for library contributions and reviews, by the library.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String issue(
      User holder,
      CredentialKind kind,
      String sourceRef,
      String achievementKey,
      String name,
      String description,
      String criteria,
      Instant validFrom) {
    Optional<Credential> existing = bySource(holder, kind, sourceRef);
    if (existing.isPresent()) {
      return existing.get().getPublicId();
    }
    long earlier =
        em.createNamedQuery("Credential.countBySource", Long.class)
            .setParameter("learner", holder)
            .setParameter("kind", kind)
            .setParameter("source", sourceRef)
            .setParameter("reissued", sourceRef + "#%")
            .getSingleResult();
    String source = earlier == 0 ? sourceRef : sourceRef + "#" + (earlier + 1);
    String publicId = UUID.randomUUID().toString();
    // Its position in the status lists, taken under the allocation row's lock.
    int index =
        em.find(
                fr.capacite.domain.credential.StatusAllocation.class,
                fr.capacite.domain.credential.StatusAllocation.ROW,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .take();
    var key = keys.signingKey();
    JsonObject credential =
        OpenBadges.credential(
            new OpenBadges.Claim(
                verifyUrl(publicId),
                base() + "api/credentials/issuer",
                ISSUER_NAME,
                subjectId(holder),
                holder.getDisplayName(),
                base() + "achievements/" + achievementKey,
                achievementType(kind),
                name,
                description,
                criteria,
                validFrom,
                statusListUrl(StatusLists.listOf(index)),
                index));
    String jws = OpenBadges.sign(credential, key, keyUrl(key.getKeyID()));
    em.persist(
        new Credential(
                publicId, holder, kind, source, truncate(name), Instant.now(), key.getKeyID(), jws)
            .withStatusIndex(index));
    notifications.send(
        holder, "notification.credentialIssued", "/path/credentials.xhtml", List.of(name));
    audit.record(
        AuditKind.CREDENTIAL_ISSUED, caller(), holder.getUsername(), kind + " " + sourceRef);
    return publicId;
  }

  @PermitAll
  public void onModuleCompleted(@Observes ModuleCompleted event) {
    ModuleCompletion c = em.find(ModuleCompletion.class, event.completionId());
    var m = c.getModule();
    issue(
        c.getLearner(),
        CredentialKind.MODULE,
        "module-completion:" + c.getId(),
        "module/" + m.getCode(),
        "Module « " + m.getTitle() + " » (" + m.getHours() + " h)",
        m.getDescription() == null ? m.getTitle() : m.getDescription(),
        c.getCohort() == null
            ? "Module suivi, enregistré par l’organisme de formation le " + c.getCompletedOn() + "."
            : "Présence certifiée sur les feuilles d’émargement de « "
                + c.getCohort().getTitle()
                + " », terminée le "
                + c.getCompletedOn()
                + ".",
        c.getCompletedOn().atStartOfDay(ZONE).toInstant());
  }

  /** Each block acquired at the session, and the title for those who now hold every CCP. */
  @PermitAll
  public void onResultsPublished(@Observes ResultsPublished event) {
    ExamSession s = em.find(ExamSession.class, event.sessionId());
    List<BlockResult> results =
        em.createQuery(
                "SELECT r FROM BlockResult r JOIN FETCH r.learner JOIN FETCH r.block WHERE r.session = :s",
                BlockResult.class)
            .setParameter("s", s)
            .getResultList();
    for (BlockResult r : results) {
      if (r.isAcquired()) {
        issueBlock(r);
      }
    }
    // The title as the stored PV grants it (R9), dated by the session: not recomputed here.
    for (Long learner : pv.titleHolders(s.getId())) {
      issueTitle(em.find(User.class, learner), s.getCertificationVersion(), s.getDay());
    }
  }

  /** An amendment that grants the title issues its credential; one that withdraws it revokes. */
  @PermitAll
  public void onTitleDecided(@Observes fr.capacite.application.jury.TitleDecided event) {
    ExamSession s = em.find(ExamSession.class, event.sessionId());
    User learner = em.find(User.class, event.learnerId());
    if (event.granted()) {
      issueTitle(learner, s.getCertificationVersion(), event.day());
    } else {
      revokeSource(
          learner,
          CredentialKind.TITLE,
          "title:" + s.getCertificationVersion().getCode(),
          "Titre retiré par un avenant au procès-verbal : " + event.reason());
    }
  }

  /** An amendment withdrawing a block revokes its credential (and the title's); granting issues. */
  @PermitAll
  public void onResultCorrected(@Observes ResultCorrected event) {
    BlockResult r = em.find(BlockResult.class, event.blockResultId());
    if (event.acquired()) {
      issueBlock(r);
      return;
    }
    String reason = "Décision corrigée par un avenant au procès-verbal : " + event.reason();
    revokeSource(r.getLearner(), CredentialKind.BLOCK, "block-result:" + r.getId(), reason);
  }

  private void issueBlock(BlockResult r) {
    Block b = r.getBlock();
    CertificationVersion v = b.getCertificationVersion();
    String blockName =
        b.getTitle() == null || b.getTitle().isBlank() ? "" : " « " + b.getTitle() + " »";
    issue(
        r.getLearner(),
        CredentialKind.BLOCK,
        "block-result:" + r.getId(),
        "block/" + v.getCode() + "/" + b.getCode(),
        b.getCode() + " du titre professionnel " + v.getTitle() + blockName,
        "Bloc de compétences (certificat de compétences professionnelles) acquis devant le jury"
            + (r.getSession() == null ? "" : " de la session « " + r.getSession().getTitle() + " »")
            + " le "
            + r.getDecidedOn()
            + ".",
        "Décision du jury consignée au procès-verbal signé (version "
            + v.getCode()
            + (v.getRncpCode() == null ? "" : ", " + v.getRncpCode())
            + ").",
        r.getDecidedOn().atStartOfDay(ZONE).toInstant());
  }

  private void issueTitle(User learner, CertificationVersion v, java.time.LocalDate decidedOn) {
    issue(
        learner,
        CredentialKind.TITLE,
        "title:" + v.getCode(),
        "title/" + v.getCode(),
        "Titre professionnel " + v.getTitle(),
        "Titre professionnel obtenu : tous les blocs de la version "
            + v.getCode()
            + " sont acquis.",
        "Chaque certificat de compétences professionnelles du titre acquis devant un jury"
            + " (capitalisation et équivalences, arrêté de la version), selon le procès-verbal"
            + " signé.",
        decidedOn.atStartOfDay(ZONE).toInstant());
  }

  private void revokeSource(User holder, CredentialKind kind, String source, String reason) {
    bySource(holder, kind, source)
        .ifPresent(
            c -> {
              if (c.revoke(truncate(reason), caller(), Instant.now())) {
                notifications.send(
                    holder,
                    "notification.credentialRevoked",
                    "/path/credentials.xhtml",
                    List.of(c.getAchievement()));
                audit.record(AuditKind.CREDENTIAL_REVOKED, caller(), holder.getUsername(), source);
              }
            });
  }

  // ---- holders ----

  /** The caller's credentials, newest first. */
  public PageSlice<CredentialView> mine(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    User me = me();
    List<CredentialView> items =
        em
            .createNamedQuery("Credential.findByLearner", Credential.class)
            .setParameter("learner", me)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList()
            .stream()
            .map(CredentialService::view)
            .toList();
    long total =
        em.createNamedQuery("Credential.countByLearner", Long.class)
            .setParameter("learner", me)
            .getSingleResult();
    return new PageSlice<>(items, total, f, s);
  }

  /** A credential of the caller (administrators: anyone's). */
  public CredentialView getMine(String publicId) {
    return view(owned(publicId));
  }

  /** The JSON document (credential with its JWT as proof). */
  public String json(String publicId) {
    return OpenBadges.document(owned(publicId).getJws()).toString();
  }

  /** The bare VC-JWT, for wallets. */
  public String jwt(String publicId) {
    return owned(publicId).getJws();
  }

  public byte[] pdf(String publicId, Locale locale) {
    Credential c = owned(publicId);
    return signer.sign(
        CredentialDocuments.pdf(view(c), check(c), locale),
        java.util.ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale)
            .getString("document.signature.credential"));
  }

  /** Revokes a credential by hand, with a reason shown to anyone who checks it. */
  @RolesAllowed(Role.Names.ADMIN)
  public CredentialView revoke(String publicId, String reason) {
    Credential c =
        byPublicId(publicId).orElseThrow(() -> new ObjectNotFoundException("credential", publicId));
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("credential.revokeReasonRequired");
    }
    if (reason.length() > 500) {
      throw new InvalidInputException("credential.revokeReasonTooLong", 500);
    }
    if (c.revoke(reason, caller(), Instant.now())) {
      notifications.send(
          c.getLearner(),
          "notification.credentialRevoked",
          "/path/credentials.xhtml",
          List.of(c.getAchievement()));
      audit.record(
          AuditKind.CREDENTIAL_REVOKED, caller(), c.getLearner().getUsername(), c.getSourceRef());
    }
    return view(c);
  }

  // ---- anyone ----

  /** Checks a credential by its id (the QR code of its PDF leads here). */
  @PermitAll
  public CredentialCheck check(String publicId) {
    return byPublicId(publicId == null ? "" : publicId)
        .map(this::check)
        .orElse(CredentialCheck.of(CredentialCheck.Status.UNKNOWN));
  }

  /** Checks a presented credential, JSON document or JWT: signature, content, revocation. */
  @PermitAll
  public CredentialCheck checkDocument(String presented) {
    if (presented != null && presented.getBytes(StandardCharsets.UTF_8).length > 64 * 1024) {
      return CredentialCheck.of(CredentialCheck.Status.MALFORMED);
    }
    OpenBadges.Check check =
        OpenBadges.verify(
            presented,
            this::keyFor,
            id ->
                byPublicId(id.contains("id=") ? id.substring(id.lastIndexOf("id=") + 3) : id)
                    .map(Credential::getJws));
    CredentialCheck.Status status =
        switch (check.outcome()) {
          case VALID -> CredentialCheck.Status.VALID;
          case ALTERED -> CredentialCheck.Status.ALTERED;
          case BAD_SIGNATURE -> CredentialCheck.Status.BAD_SIGNATURE;
          case UNKNOWN_KEY -> CredentialCheck.Status.UNKNOWN_KEY;
          case MALFORMED -> CredentialCheck.Status.MALFORMED;
        };
    if (status != CredentialCheck.Status.VALID && status != CredentialCheck.Status.ALTERED) {
      return CredentialCheck.of(status);
    }
    String id = check.credentialId() == null ? "" : check.credentialId();
    String publicId = id.contains("id=") ? id.substring(id.lastIndexOf("id=") + 3) : id;
    Optional<Credential> c = byPublicId(publicId);
    if (c.isEmpty()) {
      return CredentialCheck.of(CredentialCheck.Status.UNKNOWN);
    }
    CredentialCheck known = check(c.get());
    if (status == CredentialCheck.Status.ALTERED) {
      return new CredentialCheck(
          CredentialCheck.Status.ALTERED,
          known.id(),
          known.holder(),
          known.achievement(),
          known.issuer(),
          known.issuedAt(),
          known.revokedAt(),
          known.revocationReason(),
          check.alteredMembers());
    }
    return known;
  }

  /** The issuer profile, for any verifier (keys are found from each credential's kid). */
  @PermitAll
  public JsonObject issuerProfile() {
    return OpenBadges.profile(base() + "api/credentials/issuer", ISSUER_NAME, base());
  }

  /**
   * The issuer's public keys as a JWK set (RFC 7517), retired ones included so that old credentials
   * still verify.
   */
  @PermitAll
  public JsonObject keySet() {
    JsonArrayBuilder jwks = Json.createArrayBuilder();
    for (String jwk : keys.publicJwks()) {
      try (var r = Json.createReader(new java.io.StringReader(jwk))) {
        jwks.add(r.readObject());
      }
    }
    return Json.createObjectBuilder().add("keys", jwks).build();
  }

  /** One public key as a JWK, by its name (the last segment of a credential's kid). */
  @PermitAll
  public JsonObject publicKey(String keyName) {
    return keys.publicKey(keyName)
        .map(
            k -> {
              try (var r =
                  Json.createReader(new java.io.StringReader(k.toPublicJWK().toJSONString()))) {
                return r.readObject();
              }
            })
        .orElseThrow(() -> new ObjectNotFoundException("key", keyName));
  }

  /** The 1EdTech revocation list: every revoked credential and why. */
  @PermitAll
  public JsonObject revocationList() {
    JsonArrayBuilder revoked = Json.createArrayBuilder();
    for (Credential c :
        em.createQuery(
                "SELECT c FROM Credential c WHERE c.revokedAt IS NOT NULL ORDER BY c.revokedAt",
                Credential.class)
            .setMaxResults(10_000)
            .getResultList()) {
      revoked.add(
          Json.createObjectBuilder()
              .add("id", verifyUrl(c.getPublicId()))
              .add("revocationDate", c.getRevokedAt().toString())
              .add("revocationReason", c.getRevocationReason()));
    }
    return Json.createObjectBuilder()
        .add("id", base() + "api/credentials/revocations")
        .add("issuer", base() + "api/credentials/issuer")
        .add("revokedCredentials", revoked)
        .build();
  }

  private CredentialCheck check(Credential c) {
    OpenBadges.Check sig = OpenBadges.verify(c.getJws(), this::keyFor, id -> Optional.empty());
    CredentialCheck.Status status =
        sig.outcome() != OpenBadges.Outcome.VALID
            ? CredentialCheck.Status.BAD_SIGNATURE
            : c.isRevoked() ? CredentialCheck.Status.REVOKED : CredentialCheck.Status.VALID;
    return new CredentialCheck(
        status,
        c.getPublicId(),
        c.getLearner().getDisplayName(),
        c.getAchievement(),
        ISSUER_NAME,
        c.getIssuedAt(),
        c.getRevokedAt(),
        c.getRevocationReason(),
        List.of());
  }

  private static CredentialView view(Credential c) {
    return new CredentialView(
        c.getPublicId(),
        c.getKind(),
        c.getAchievement(),
        c.getLearner().getDisplayName(),
        c.getIssuedAt(),
        c.getRevokedAt(),
        c.getRevocationReason(),
        verifyUrl(c.getPublicId()));
  }

  private Credential owned(String publicId) {
    Credential c =
        byPublicId(publicId).orElseThrow(() -> new ObjectNotFoundException("credential", publicId));
    if (!ctx.isCallerInRole(Role.Names.ADMIN) && !c.getLearner().getUsername().equals(caller())) {
      // Someone else's credential does not exist for the caller (its public check page does).
      throw new ObjectNotFoundException("credential", publicId);
    }
    return c;
  }

  private Optional<Credential> byPublicId(String publicId) {
    return em.createNamedQuery("Credential.findByPublicId", Credential.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  /** The credential in force for a source (not revoked), if any. */
  private Optional<Credential> bySource(User holder, CredentialKind kind, String source) {
    return em.createNamedQuery("Credential.findActiveBySource", Credential.class)
        .setParameter("learner", holder)
        .setParameter("kind", kind)
        .setParameter("source", source)
        .setParameter("reissued", source + "#%")
        .getResultStream()
        .findFirst();
  }

  /** An opaque, stable subject id: the holder's account never appears in the credential. */
  static String subjectId(User u) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(
            ("capacite-learner:" + u.getId()).getBytes(StandardCharsets.UTF_8));
  }

  static String achievementType(CredentialKind kind) {
    return switch (kind) {
      case BLOCK -> "Certificate";
      case TITLE -> "Certification";
      case MODULE -> "CertificateOfCompletion";
      case CONTRIBUTION, REVIEW -> "Award";
    };
  }

  private static String truncate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 299) + "…";
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }
}

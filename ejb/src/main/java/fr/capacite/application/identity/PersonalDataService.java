package fr.capacite.application.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A person's rights over their own data (RGPD): access and portability (art. 15 and 20: every row
 * that refers to them, as JSON) and erasure (art. 17: their identity replaced by a pseudonym).
 */
@Stateless
public class PersonalDataService {

  /** Columns never handed out, even to their owner: they protect the account, they are not data. */
  private static final Set<String> SECRET_COLUMNS =
      Set.of("password_hash", "session_stamp", "digest");

  /** Deactivated accounts unused this long are erased (docs/security.md, retention periods). */
  public static final java.time.Duration INACTIVE_ACCOUNT_RETENTION =
      java.time.Duration.ofDays(5 * 365);

  private static final int RETENTION_BATCH = 200;

  private static final String PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "jdbc/capacite")
  private DataSource dataSource;

  @Resource private SessionContext ctx;
  @Inject private PasswordHasher hasher;
  @EJB private AuditService audit;
  @EJB private fr.capacite.application.cohort.CohortService cohorts;
  @Inject private jakarta.enterprise.event.Event<AccountDeactivated> deactivated;

  private final SecureRandom random = new SecureRandom();

  /**
   * Everything Capacité holds about the caller: their account, every row of every table that refers
   * to their account (found from the schema's foreign keys, so that a table added later is never
   * forgotten), and the audit lines of what they did. The export itself is audited.
   */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public JsonObject exportOwn() {
    String me = ctx.getCallerPrincipal().getName();
    User user =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", me)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("user", me));
    em.flush();
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("format", "capacite-personal-data/1")
            .add("exportedAt", Instant.now().toString())
            .add("username", user.getUsername());
    try (Connection c = dataSource.getConnection()) {
      out.add("account", rows(c, "app_user", "id", user.getId()).build().get(0));
      JsonObjectBuilder tables = Json.createObjectBuilder();
      for (Reference ref : referencesToUsers(c)) {
        JsonArray rows = rows(c, ref.table(), ref.column(), user.getId()).build();
        if (!rows.isEmpty()) {
          tables.add(ref.table() + "." + ref.column(), rows);
        }
      }
      out.add("tables", tables);
    } catch (SQLException e) {
      throw new IllegalStateException("personal data export failed", e);
    }
    JsonArrayBuilder actions = Json.createArrayBuilder();
    for (AuditEvent a :
        em.createQuery(
                "SELECT a FROM AuditEvent a WHERE a.actor = :me ORDER BY a.id", AuditEvent.class)
            .setParameter("me", me)
            .getResultList()) {
      actions.add(
          Json.createObjectBuilder()
              .add("occurredAt", a.getOccurredAt().toString())
              .add("kind", a.getKind().name())
              .add("subject", a.getSubject())
              .add("detail", a.getDetail()));
    }
    out.add("auditedActions", actions);
    audit.record(AuditKind.PERSONAL_DATA_EXPORTED, me, "user:" + me, "");
    return out.build();
  }

  /**
   * Erases a person (droit à l'effacement): their name, e-mail and user name are replaced by a
   * pseudonym, they can never log in again, their notifications and trainer and juror profiles are
   * deleted, and the places and invitations waiting for their answer are released. What the law or
   * other people rely on stays, under the pseudonym: signed PVs keep their legal content (their
   * record is sealed), jury results and library contributions keep their author. Returns the
   * pseudonym.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public String erase(long userId) {
    String admin = ctx.getCallerPrincipal().getName();
    User user = em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      throw new ObjectNotFoundException("user", userId);
    }
    if (user.getUsername().equals(admin)) {
      throw new InvalidInputException("identity.user.cannotEraseSelf");
    }
    if (user.isErased()) {
      throw new StateConflictException("identity.user.alreadyErased");
    }
    return eraseLocked(user, admin);
  }

  /**
   * Erases the accounts the retention rule expires (docs/security.md): deactivated, with no login
   * and no creation within {@link #INACTIVE_ACCOUNT_RETENTION} before {@code now}. Called by the
   * nightly retention job (no caller identity: hence open), never from a page or the API.
   */
  @jakarta.annotation.security.PermitAll
  public int eraseExpiredAccounts(Instant now) {
    Instant cutoff = now.minus(INACTIVE_ACCOUNT_RETENTION);
    List<Long> expired =
        em.createQuery(
                "SELECT u.id FROM User u WHERE u.active = FALSE AND u.erasedAt IS NULL AND"
                    + " u.createdAt < :cutoff AND (u.lastLoginAt IS NULL OR u.lastLoginAt <"
                    + " :cutoff)",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(RETENTION_BATCH)
            .getResultList();
    for (Long id : expired) {
      eraseLocked(em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE), "retention");
    }
    return expired.size();
  }

  private String eraseLocked(User user, String actor) {
    cohorts.releaseOffersOf(user.getId(), actor);
    for (String jpql :
        List.of(
            "DELETE FROM Notification n WHERE n.recipient.id = :u",
            "DELETE FROM TrainerProfile p WHERE p.user.id = :u",
            "DELETE FROM JurorProfile p WHERE p.user.id = :u",
            "DELETE FROM AccountToken t WHERE t.user.id = :u",
            "DELETE FROM OpenIdLink l WHERE l.user.id = :u",
            "DELETE FROM CohortApplication a WHERE a.learner.id = :u",
            "DELETE FROM CohortInvitation i WHERE i.learner.id = :u",
            // The draft dossier professionnel is their own words (its examples go with it).
            "DELETE FROM DossierSection s WHERE s.author.id = :u",
            // Their consents to share with structures end with them; an invitation they sent
            // as a manager stays, without them.
            "DELETE FROM PracticeSharing s WHERE s.mediator.id = :u",
            "UPDATE PracticeSharing s SET s.invitedBy = NULL WHERE s.invitedBy.id = :u",
            // The logbook's counts stay in the published figures; its free words go.
            "UPDATE PracticeEntry e SET e.note = NULL, e.followUpCode = NULL WHERE e.author.id ="
                + " :u")) {
      em.createQuery(jpql).setParameter("u", user.getId()).executeUpdate();
    }
    em.createQuery(
            "UPDATE MaintainerInvitation i SET i.status ="
                + " fr.capacite.domain.library.InvitationStatus.DECLINED, i.decidedAt = :now WHERE"
                + " i.invitee.id = :u AND i.status ="
                + " fr.capacite.domain.library.InvitationStatus.PENDING")
        .setParameter("u", user.getId())
        .setParameter("now", Instant.now())
        .executeUpdate();
    // Links sent to their address before the account existed (sign-up, invitations) go too.
    em.createQuery("DELETE FROM AccountToken t WHERE t.email = :e")
        .setParameter("e", user.getEmail())
        .executeUpdate();
    em.createQuery("DELETE FROM CohortInvitation i WHERE i.email = :e")
        .setParameter("e", user.getEmail())
        .executeUpdate();
    String pseudonym = pseudonym();
    char[] unusable = new char[32];
    for (int i = 0; i < unusable.length; i++) {
      unusable[i] = PSEUDONYM_ALPHABET.charAt(random.nextInt(PSEUDONYM_ALPHABET.length()));
    }
    user.erase(pseudonym, hasher.hash(unusable), Instant.now());
    em.flush();
    // Their sessions end, and the consents that waited only for them are no longer awaited.
    deactivated.fire(new AccountDeactivated(user.getId(), user.getUsername()));
    audit.recordWithChange(
        AuditKind.PERSON_ERASED, actor, "user:" + user.getId(), "pseudonym: " + pseudonym);
    return pseudonym;
  }

  /** A pseudonym that reads as one in both languages, like "Anonyme K7QX-2MHD". */
  private String pseudonym() {
    StringBuilder b = new StringBuilder("Anonyme ");
    for (int i = 0; i < 9; i++) {
      b.append(
          i == 4 ? '-' : PSEUDONYM_ALPHABET.charAt(random.nextInt(PSEUDONYM_ALPHABET.length())));
    }
    return b.toString();
  }

  /** A table's column that refers to a person's account. */
  record Reference(String table, String column) {}

  /** Every foreign key to app_user in the schema, in a stable order. */
  private static List<Reference> referencesToUsers(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String users = md.storesUpperCaseIdentifiers() ? "APP_USER" : "app_user";
    TreeMap<String, Reference> found = new TreeMap<>();
    try (ResultSet rs = md.getExportedKeys(c.getCatalog(), c.getSchema(), users)) {
      while (rs.next()) {
        String table = rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT);
        String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
        found.put(table + "." + column, new Reference(table, column));
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The rows of a table whose column equals the value, as JSON objects. Table and column names come
   * from the schema's own metadata, never from a request.
   */
  private static JsonArrayBuilder rows(Connection c, String table, String column, long value)
      throws SQLException {
    JsonArrayBuilder out = Json.createArrayBuilder();
    try (PreparedStatement s =
        c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " = ?")) {
      s.setLong(1, value);
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          JsonObjectBuilder row = Json.createObjectBuilder();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!SECRET_COLUMNS.contains(name)) {
              add(row, name, rs.getObject(i));
            }
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static void add(JsonObjectBuilder row, String name, Object v) throws SQLException {
    if (v == null) {
      row.addNull(name);
    } else if (v instanceof Boolean b) {
      row.add(name, b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      row.add(name, ((Number) v).longValue());
    } else if (v instanceof java.math.BigDecimal d) {
      row.add(name, d);
    } else if (v instanceof Number n) {
      row.add(name, n.doubleValue());
    } else if (v instanceof Timestamp t) {
      row.add(name, t.toInstant().toString());
    } else if (v instanceof Clob clob) {
      row.add(name, clob.getSubString(1, (int) clob.length()));
    } else if (v instanceof byte[] bytes) {
      row.add(name, java.util.Base64.getEncoder().encodeToString(bytes));
    } else {
      row.add(name, v.toString());
    }
  }
}

package fr.capacite.application.path;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.PixResult;
import fr.capacite.domain.referential.PixCompetence;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports Pix results from a CSV. Valid rows are stored (a re-import of the same day corrects the
 * level); every bad row is reported by line and field and leaves nothing behind.
 */
@Stateless
public class PixImportService {

  /** A Pix export is a few lines per person; 1 MB is far beyond any real file. */
  public static final int MAX_BYTES = 1024 * 1024;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private AuditService audit;

  /** What an import did. */
  public record Report(int imported, int updated, List<PixCsvParser.Problem> problems)
      implements Serializable {}

  /** The caller imports their own results (any learner column is ignored). */
  @RolesAllowed(Role.Names.MEDIATOR)
  public Report importMine(InputStream in, String fileName) {
    PixCsvParser.Result r = parse(in, fileName);
    User me = user(ctx.getCallerPrincipal().getName());
    return store(r, row -> me);
  }

  /**
   * An organisation imports results for its learners: the file names each learner (username or
   * e-mail); someone who is not one of the caller's learners is reported like an unknown person.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Report importForLearners(InputStream in, String fileName) {
    PixCsvParser.Result r = parse(in, fileName);
    if (!r.hasLearnerColumn()) {
      throw new InvalidInputException("path.pix.missingColumn", fileName, "learner");
    }
    boolean admin = ctx.isCallerInRole(Role.Names.ADMIN);
    Map<String, User> learners = new HashMap<>();
    List<String> keys = r.valid().stream().map(PixCsvParser.Row::learner).distinct().toList();
    if (!keys.isEmpty()) {
      String mine =
          admin
              ? ""
              : " AND EXISTS (SELECT e FROM Enrolment e JOIN e.cohort.organisation o JOIN o.members m"
                  + " WHERE e.learner = u AND m.username = :me"
                  // only learners who accepted a place here, and have not left (their consent)
                  + " AND e.status <> fr.capacite.domain.cohort.EnrolmentStatus.WITHDRAWN"
                  + " AND e.acceptedAt IS NOT NULL)";
      var q =
          em.createQuery(
              "SELECT u FROM User u WHERE (u.username IN :keys OR u.email IN :keys)" + mine,
              User.class);
      q.setParameter("keys", keys);
      if (!admin) {
        q.setParameter("me", ctx.getCallerPrincipal().getName());
      }
      for (User u : q.getResultList()) {
        learners.put(u.getUsername(), u);
        learners.put(u.getEmail(), u);
      }
    }
    return store(r, row -> learners.get(row.learner()));
  }

  private PixCsvParser.Result parse(InputStream in, String fileName) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException("path.pix.tooLarge", fileName, MAX_BYTES / 1024);
    }
    return PixCsvParser.parse(
        new ByteArrayInputStream(bytes),
        fileName,
        competences().keySet(),
        LocalDate.now(CatalogueService.ZONE));
  }

  private Report store(PixCsvParser.Result r, Function<PixCsvParser.Row, User> learnerOf) {
    Map<String, PixCompetence> competences = competences();
    List<PixCsvParser.Problem> problems = new ArrayList<>(r.problems());
    int imported = 0;
    int updated = 0;
    String caller = ctx.getCallerPrincipal().getName();
    for (PixCsvParser.Row row : r.valid()) {
      User learner = learnerOf.apply(row);
      if (learner == null) {
        problems.add(
            new PixCsvParser.Problem(
                row.line(), "learner", "path.pix.problem.learnerUnknown", row.learner()));
        continue;
      }
      PixCompetence k = competences.get(row.competence());
      PixResult existing =
          em.createNamedQuery("PixResult.find", PixResult.class)
              .setParameter("learner", learner)
              .setParameter("competence", k)
              .setParameter("day", row.day())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (existing == null) {
        em.persist(new PixResult(learner, k, row.level(), row.day(), caller, Instant.now()));
        imported++;
      } else {
        existing.relevel(row.level());
        updated++;
      }
    }
    problems.sort(java.util.Comparator.comparingInt(PixCsvParser.Problem::line));
    audit.record(AuditKind.PLAN_CHANGED, caller, "pix", imported + "+" + updated);
    return new Report(imported, updated, problems);
  }

  private Map<String, PixCompetence> competences() {
    return em
        .createQuery("SELECT p FROM PixCompetence p", PixCompetence.class)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(PixCompetence::getCode, Function.identity()));
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}

package fr.capacite.application.cohort;

import fr.capacite.application.identity.SelfService;
import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationMail;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.CohortInvitation;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.InvitationStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Invitations to a cohort by e-mail (issue 18), one by one or from a CSV file: the organisation's
 * managers invite an address; the person opens the link, and accepts (enrolled under the capacity
 * and waiting-list rules, their answer being their consent; a CCP2/CCP3 cohort asks them their
 * CCP1, R11) or declines. No enrolment without that answer; the managers are told either way.
 */
@Stateless
public class InvitationService {

  /** The largest file of addresses read at once. */
  public static final int CSV_MAX_LINES = 500;

  public static final int CSV_MAX_BYTES = 256 * 1024;

  /** An invitation, as the organisation's managers list it. */
  public record InvitationView(
      long id,
      String email,
      String name,
      int pathHours,
      InvitationStatus status,
      boolean expired,
      Instant createdAt,
      LocalDate answerBy,
      Instant answeredAt,
      String learnerUsername,
      long version)
      implements java.io.Serializable {}

  /** What the person invited reads from the link. */
  public record Invitation(
      String organisation,
      long cohortId,
      String cohortTitle,
      LocalDate start,
      LocalDate end,
      int pathHours,
      boolean requiresCcp1,
      String email,
      InvitationStatus status,
      boolean answerable,
      LocalDate answerBy,
      boolean published)
      implements java.io.Serializable {}

  /** One line of an imported file and what became of it (a message key and its arguments). */
  public record ImportLine(int line, String email, String outcome, List<String> arguments)
      implements java.io.Serializable {}

  /** What a file gave: the invitations sent and the lines left out, with their reason. */
  public record ImportReport(int sent, List<ImportLine> lines) implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;
  @EJB private CohortService cohorts;
  @EJB private NotificationService notifications;
  @EJB private AuditService audit;
  @Inject private Event<SelfService.Outgoing> outgoing;

  private final Clock clock = Clock.system(CalendarWriter.ZONE);

  /**
   * Invites an address to the cohort, for the hours given: refused, with the reason, when the
   * address is not one, the hours are not the programme's, the cohort has ended, or the address
   * already has a place or a pending invitation there.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public long invite(long cohortId, String email, String name, int pathHours, String locale) {
    Cohort c = managed(cohortId, true);
    return send(c, email, name, pathHours, locale, taken(c, addresses(List.of(email))));
  }

  /**
   * Invites every address of a CSV file (columns: e-mail, then optionally name and hours; a header
   * line and the separator, comma or semicolon, are recognised): each line is invited, or left out
   * with its reason, alone. Sending the same file twice invites nobody twice.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public ImportReport importCsv(long cohortId, String csv, int defaultHours, String locale) {
    Cohort c = managed(cohortId, true);
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException("invitation.csv.empty");
    }
    if (csv.length() > CSV_MAX_BYTES) {
      throw new InvalidInputException("invitation.csv.tooLarge", CSV_MAX_BYTES / 1024);
    }
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String first = text.lines().findFirst().orElse("");
    char separator =
        first.chars().filter(ch -> ch == ';').count()
                > first.chars().filter(ch -> ch == ',').count()
            ? ';'
            : ',';
    List<CSVRecord> records;
    try (Reader in = new StringReader(text)) {
      records =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(separator)
              .setTrim(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(in)
              .getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new InvalidInputException("invitation.csv.unreadable");
    }
    if (!records.isEmpty() && !records.get(0).get(0).contains("@")) {
      records = records.subList(1, records.size()); // A header line.
    }
    if (records.size() > CSV_MAX_LINES) {
      throw new InvalidInputException("invitation.csv.tooManyLines", CSV_MAX_LINES);
    }
    // Whom the file names that already has a place or an invitation: two queries for the file.
    Map<String, String> taken = taken(c, addresses(records.stream().map(r -> r.get(0)).toList()));
    List<ImportLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int sent = 0;
    for (CSVRecord r : records) {
      int line = (int) r.getRecordNumber();
      String raw = r.get(0);
      String name = r.size() > 1 ? r.get(1) : null;
      String outcome;
      List<String> args = List.of();
      try {
        int hours = defaultHours;
        if (r.size() > 2 && !r.get(2).isBlank()) {
          try {
            hours = Integer.parseInt(r.get(2).replace("h", "").strip());
          } catch (NumberFormatException e) {
            throw new InvalidInputException("cohort.enrolment.hoursNotAllowed", r.get(2));
          }
        }
        String email = SelfService.address(raw);
        if (!seen.add(email)) {
          throw new InvalidInputException("invitation.duplicateLine");
        }
        send(c, email, name, hours, locale, taken);
        sent++;
        outcome = "invitation.csv.sent";
      } catch (InvalidInputException e) {
        outcome = e.getMessageKey();
        args = java.util.Arrays.stream(e.getArguments()).map(String::valueOf).toList();
      }
      lines.add(new ImportLine(line, raw, outcome, args));
    }
    return new ImportReport(sent, lines);
  }

  /** The well-formed addresses among those given (the others are refused line by line). */
  private static Set<String> addresses(List<String> raw) {
    Set<String> out = new HashSet<>();
    for (String r : raw) {
      try {
        out.add(SelfService.address(r));
      } catch (InvalidInputException e) {
        // Refused with its reason when its line is read.
      }
    }
    return out;
  }

  /**
   * The addresses among those given that already have a pending invitation or a place in the
   * cohort, with the reason (a message key) to refuse them.
   */
  private Map<String, String> taken(Cohort c, Set<String> emails) {
    Map<String, String> out = new HashMap<>();
    if (emails.isEmpty()) {
      return out;
    }
    em.createNamedQuery("CohortInvitation.pendingAmong", String.class)
        .setParameter("cohort", c)
        .setParameter("emails", emails)
        .setParameter("now", Instant.now(clock))
        .getResultList()
        .forEach(e -> out.put(e, "invitation.alreadyInvited"));
    em.createQuery(
            "SELECT e.learner.email FROM Enrolment e WHERE e.cohort = :cohort AND e.learner.email"
                + " IN :emails AND e.status <> :withdrawn",
            String.class)
        .setParameter("cohort", c)
        .setParameter("emails", emails)
        .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
        .getResultList()
        .forEach(e -> out.put(e, "invitation.alreadyEnrolled"));
    return out;
  }

  private long send(
      Cohort c,
      String rawEmail,
      String name,
      int pathHours,
      String locale,
      Map<String, String> taken) {
    String email = SelfService.address(rawEmail);
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);
    if (c.getEndDate().isBefore(today)) {
      throw new InvalidInputException("invitation.ended");
    }
    if (!c.getProgramme().allows(pathHours)) {
      throw new InvalidInputException("cohort.enrolment.hoursNotAllowed", pathHours);
    }
    if (name != null && name.length() > CohortInvitation.NAME_MAX) {
      throw new InvalidInputException("invitation.nameTooLong", CohortInvitation.NAME_MAX);
    }
    String why = taken.get(email);
    if (why != null) {
      throw new InvalidInputException(why, email);
    }
    String secret = SelfService.secret();
    String lang = "en".equals(locale) ? "en" : "fr";
    CohortInvitation i =
        new CohortInvitation(
            c,
            email,
            name,
            pathHours,
            SelfService.digest(secret),
            ctx.getCallerPrincipal().getName(),
            lang,
            now,
            c.getEndDate().plusDays(1).atStartOfDay(CalendarWriter.ZONE).toInstant(),
            CalendarWriter.ZONE);
    em.persist(i);
    em.flush();
    Locale l = Locale.forLanguageTag(lang);
    outgoing.fire(
        new SelfService.Outgoing(
            email,
            NotificationMail.of(
                l,
                "mail.invitation",
                List.of(
                    c.getOrganisation().getName(),
                    c.getTitle(),
                    TrainingDocuments.day(c.getStartDate(), l),
                    TrainingDocuments.day(c.getEndDate(), l),
                    Integer.toString(pathHours),
                    TrainingDocuments.day(answerBy(i), l)),
                "/invitation.xhtml?token=" + secret,
                System.getProperty("capacite.url", "http://localhost:8080/"),
                "mail.invitation.subject",
                "mail.invitation.footer")));
    audit.record(
        AuditKind.ENROLMENT_CONSENT,
        ctx.getCallerPrincipal().getName(),
        "cohort:" + c.getCode(),
        "invited " + email);
    return i.getId();
  }

  /** A cohort's invitations, newest first, for its managers. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<InvitationView> ofCohort(long cohortId) {
    Cohort c = managed(cohortId, false);
    Instant now = Instant.now(clock);
    return em
        .createNamedQuery("CohortInvitation.ofCohort", CohortInvitation.class)
        .setParameter("cohort", c)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(
            i ->
                new InvitationView(
                    i.getId(),
                    i.getEmail(),
                    i.getName(),
                    i.getPathHours(),
                    i.getStatus(),
                    i.getStatus() == InvitationStatus.PENDING && !i.answerable(now),
                    i.getCreatedAt(),
                    answerBy(i),
                    i.getAnsweredAt(),
                    i.getLearner() == null ? null : i.getLearner().getUsername(),
                    i.getVersion()))
        .toList();
  }

  /** The organisation takes back an invitation that waits for its answer. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void cancel(long invitationId) {
    CohortInvitation i =
        em.find(CohortInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
    if (i == null) {
      throw new ObjectNotFoundException("invitation", invitationId);
    }
    if (!access.canManage(i.getCohort().getOrganisation().getId())) {
      throw new ObjectNotFoundException("invitation", invitationId);
    }
    try {
      i.cancel(Instant.now(clock));
    } catch (IllegalStateException e) {
      throw new InvalidInputException("invitation.answered");
    }
    audit.record(
        AuditKind.ENROLMENT_CONSENT,
        ctx.getCallerPrincipal().getName(),
        "cohort:" + i.getCohort().getCode(),
        "invitation of " + i.getEmail() + " taken back");
  }

  /** What the link of an invitation shows; an unknown link does not exist. */
  @PermitAll
  public Optional<Invitation> find(String secret) {
    return byToken(secret, false).map(i -> view(i, Instant.now(clock)));
  }

  /**
   * The caller, holding the link, accepts: they are enrolled (a place, or the waiting list when the
   * cohort is full), and the organisation's managers are told.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public EnrolmentOutcome accept(String secret, String ccp1Evidence) {
    CohortInvitation i = answerable(secret);
    User me =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", ctx.getCallerPrincipal().getName())
            .getSingleResult();
    i.accept(me, Instant.now(clock));
    em.flush();
    EnrolmentOutcome outcome = cohorts.enrolInvited(i.getId(), ccp1Evidence);
    tellManagers(i, me.getDisplayName(), "notification.invitationAccepted");
    audit.record(
        AuditKind.ENROLMENT_CONSENT,
        me.getUsername(),
        "cohort:" + i.getCohort().getCode(),
        "invitation accepted");
    return outcome;
  }

  /** The person declines (logged in or not: saying no needs no account); the managers are told. */
  @PermitAll
  public void decline(String secret) {
    CohortInvitation i = answerable(secret);
    User me =
        ctx.isCallerInRole(Role.Names.MEDIATOR)
            ? em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("username", ctx.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElse(null)
            : null;
    i.decline(me, Instant.now(clock));
    tellManagers(
        i, me == null ? i.getEmail() : me.getDisplayName(), "notification.invitationDeclined");
    audit.record(
        AuditKind.ENROLMENT_CONSENT,
        me == null ? "anonymous" : me.getUsername(),
        "cohort:" + i.getCohort().getCode(),
        "invitation of " + i.getEmail() + " declined");
  }

  private CohortInvitation answerable(String secret) {
    CohortInvitation i =
        byToken(secret, true).orElseThrow(() -> new InvalidInputException("invitation.invalid"));
    if (!i.answerable(Instant.now(clock))) {
      throw new InvalidInputException("invitation.invalid");
    }
    return i;
  }

  private Optional<CohortInvitation> byToken(String secret, boolean lock) {
    if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    Optional<CohortInvitation> found =
        em.createNamedQuery("CohortInvitation.byDigest", CohortInvitation.class)
            .setParameter("digest", SelfService.digest(secret))
            .getResultStream()
            .findFirst();
    // Locked and read again by its key (Derby locks no joined read): two answers queue up.
    found.filter(i -> lock).ifPresent(i -> em.refresh(i, LockModeType.PESSIMISTIC_WRITE));
    return found;
  }

  private void tellManagers(CohortInvitation i, String who, String key) {
    Cohort c = i.getCohort();
    for (User manager : c.getOrganisation().getMembers()) {
      if (manager.hasRole(Role.ORG_MANAGER) && manager.isActive()) {
        notifications.send(
            manager,
            key,
            "/cohort/edit.xhtml?id=" + c.getId() + "&tab=enrolments",
            List.of(who, c.getTitle()));
      }
    }
  }

  /** The last day the person may answer (the invitation expires at the end of it, or before). */
  static LocalDate answerBy(CohortInvitation i) {
    return i.getExpiresAt().minusSeconds(1).atZone(CalendarWriter.ZONE).toLocalDate();
  }

  private static Invitation view(CohortInvitation i, Instant now) {
    Cohort c = i.getCohort();
    return new Invitation(
        c.getOrganisation().getName(),
        c.getId(),
        c.getTitle(),
        c.getStartDate(),
        c.getEndDate(),
        i.getPathHours(),
        c.requiresCcp1(),
        i.getEmail(),
        i.getStatus(),
        i.answerable(now),
        answerBy(i),
        c.isOfferPublished());
  }

  /** A cohort of the caller's organisation; locked when invitations are made (one per address). */
  private Cohort managed(long cohortId, boolean lock) {
    Cohort c =
        lock
            ? em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    if (!access.canManage(c.getOrganisation().getId())) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    return c;
  }
}

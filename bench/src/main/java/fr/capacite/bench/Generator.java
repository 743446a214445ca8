package fr.capacite.bench;

import static fr.capacite.bench.Vocabulary.pick;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a Capacité database with a national-scale data set (S) or a small one of the same shape
 * (XS), on top of the demo data, for the load scenarios of {@code bench/load.sh}.
 *
 * <p>It writes through JDBC batches into the schema the application's own migrations made, so the
 * database checks every key, foreign key and check constraint; identities are given explicitly (so
 * that rows can refer to each other without reading keys back) and each identity column is
 * restarted past them at the end, so the application's next insert does not collide. Everything
 * derives from a fixed seed: two runs give the same data. Generated accounts share the demo
 * password, so that the scenarios can log in as any of them.
 *
 * <p>Usage: {@code Generator --size XS|T|S (--derby DIR | --postgres URL --user U)}; the PostgreSQL
 * password comes from {@code CAPACITE_DB_PASSWORD}, never from the command line.
 */
public final class Generator {

  /**
   * How many of each thing; XS is S divided by a hundred and T (a tenth) S divided by ten, with the
   * same shapes: T and S give the scaling rows (10,000 and 100,000 resources).
   */
  enum Size {
    XS(10, 200, 10, 50, 1_000),
    T(100, 2_000, 100, 500, 10_000),
    S(1_000, 20_000, 1_000, 5_000, 100_000);

    final int organisations;
    final int learners;
    final int jurors;
    final int examSessions;
    final int resources;

    Size(int organisations, int learners, int jurors, int examSessions, int resources) {
      this.organisations = organisations;
      this.learners = learners;
      this.jurors = jurors;
      this.examSessions = examSessions;
      this.resources = resources;
    }

    int cohorts() {
      return organisations * COHORTS_PER_ORGANISATION;
    }
  }

  static final String PREFIX = "bench-";
  static final int COHORTS_PER_ORGANISATION = 2;
  static final int TRAINERS_PER_ORGANISATION = 2;
  static final int SESSIONS_PER_COHORT = 50;
  static final int LEARNERS_PER_COHORT = 12;
  static final int CANDIDATES_PER_EXAM = 8;
  static final int AVERAGE_REVISIONS = 10;

  /** Logbook entries per generated mediator over the last year (S: 20,000 × 50 = 1,000,000). */
  static final int ENTRIES_PER_MEDIATOR = 50;

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final java.time.format.DateTimeFormatter FRENCH_DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Connection db;
  private final Size size;
  private final Progress progress = new Progress(System.out);
  private final SplittableRandom random = new SplittableRandom(20_261_207L);
  private final LocalDate today = LocalDate.now(PARIS);
  private final LocalDateTime now = LocalDateTime.now(PARIS).withNano(0);
  private final Map<String, Long> nextIds = new LinkedHashMap<>();

  // What the demo data and the referential already hold.
  private String passwordHash;
  private long versionId;
  private List<Long> blocks;
  private final Map<Long, List<String>> gridItems = new LinkedHashMap<>();
  private List<Long> competences;
  private List<Long> pixCompetences;
  private List<long[]> programmes;
  private long curatorId;

  // What the load scenarios use: accounts, their objects, and the most read resources.
  private final List<String> fixtures = new ArrayList<>();

  /** Published cohorts not yet started, for the public catalogue's scenarios. */
  private final List<Long> offers = new ArrayList<>();

  private final Map<Long, List<Long>> jurorSheets = new LinkedHashMap<>();
  private final java.util.TreeMap<Long, String> popularSlugs = new java.util.TreeMap<>();

  // First identities of what this run writes.
  private long firstOrganisation;
  private long firstSite;
  private long firstManager;
  private long firstTrainer;
  private long firstLearner;
  private long firstJuror;
  private long firstCohort;

  Generator(Connection db, Size size) {
    this.db = db;
    this.size = size;
  }

  /**
   * The PostgreSQL driver's settings: the batches sent as multi-row inserts (the driver's own
   * rewrite; one round trip per row otherwise), the password from the environment.
   */
  private static java.util.Properties postgres(String user) {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("user", user);
    String password = System.getenv("CAPACITE_DB_PASSWORD");
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("reWriteBatchedInserts", "true");
    return p;
  }

  public static void main(String[] args) throws Exception {
    Size size = Size.S;
    String url = null;
    String user = null;
    String fixturesFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = Size.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--derby" -> url = "jdbc:derby:" + args[++i];
        case "--postgres" -> url = args[++i];
        case "--user" -> user = args[++i];
        case "--fixtures" -> fixturesFile = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("--derby DIR or --postgres URL is required");
    }
    try (Connection c =
        user == null
            ? DriverManager.getConnection(url)
            : DriverManager.getConnection(url, postgres(user))) {
      c.setAutoCommit(false);
      Generator g = new Generator(c, size);
      g.run();
      if (fixturesFile != null) {
        java.nio.file.Files.write(java.nio.file.Path.of(fixturesFile), g.fixtures);
      }
    } finally {
      if (url.startsWith("jdbc:derby:")) {
        shutDownDerby();
      }
    }
  }

  private static void shutDownDerby() {
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true");
    } catch (SQLException expected) {
      // Derby always reports its shutdown as an exception (XJ015).
    }
  }

  void run() throws SQLException {
    readWhatIsThere();
    System.out.printf(
        Locale.ROOT,
        "Generating the %s data set on %s (%s)%n",
        size,
        db.getMetaData().getDatabaseProductName(),
        today);
    organisations();
    people();
    cohorts();
    sessionsAndAttendance();
    surveys();
    exams();
    library();
    logbooks();
    restartIdentities();
    updateStatistics();
    fixtures();
    System.out.printf(Locale.ROOT, "Done in %.0f s%n", progress.elapsedSeconds());
  }

  // --- What is already there -------------------------------------------------------------------

  private void readWhatIsThere() throws SQLException {
    passwordHash =
        one(
            "SELECT password_hash FROM app_user WHERE username = 'admin'",
            "no demo account: start the application once with its demo data first");
    String already =
        first("SELECT username FROM app_user WHERE username LIKE '" + PREFIX + "%'", null);
    if (already != null) {
      throw new IllegalStateException("this database already holds a generated data set");
    }
    versionId =
        Long.parseLong(
            one(
                "SELECT id FROM certification_version WHERE code = 'MN-2025'",
                "the referential has no MN-2025 version"));
    blocks = longs("SELECT id FROM block WHERE version_id = " + versionId + " ORDER BY sort_order");
    competences =
        longs(
            "SELECT c.id FROM competence c JOIN block b ON c.block_id = b.id WHERE b.version_id = "
                + versionId
                + " ORDER BY c.id");
    pixCompetences = longs("SELECT id FROM pix_competence ORDER BY id");
    for (long block : blocks) {
      gridItems.put(block, grid(block));
    }
    programmes = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT p.id, MIN(h.hours) FROM programme p JOIN programme_path_hours h ON"
                    + " h.programme_id = p.id GROUP BY p.id ORDER BY p.id")) {
      while (r.next()) {
        programmes.add(new long[] {r.getLong(1), r.getLong(2)});
      }
    }
    if (programmes.isEmpty() || blocks.isEmpty() || competences.isEmpty()) {
      throw new IllegalStateException("the demo programmes or the MN-2025 blocks are missing");
    }
    curatorId =
        Long.parseLong(
            one("SELECT id FROM app_user WHERE username = 'curateur'", "no demo curator"));
    for (String table :
        List.of(
            "training_organisation",
            "site",
            "exam_centre_approval",
            "app_user",
            "trainer_profile",
            "juror_profile",
            "cohort",
            "enrolment",
            "training_session",
            "attendance_sheet",
            "attendance_entry",
            "survey_invitation",
            "survey_response",
            "exam_session",
            "exam_candidate",
            "jury_member",
            "score_sheet",
            "sheet_score",
            "block_proposal",
            "block_decision",
            "learning_resource",
            "resource_revision",
            "revision_block",
            "resource_maintainer",
            "resource_credit",
            "resource_rating",
            "resource_report",
            "usage_declaration",
            "resource_review",
            "mediator_site",
            "practice_entry",
            "practice_sharing")) {
      nextIds.put(table, Long.parseLong(one("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, "")));
    }
  }

  /** The score-sheet items of a block, as {@code ScoringService.grid} names them. */
  private List<String> grid(long block) throws SQLException {
    List<String> items = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT c.id, k.id FROM competence c LEFT JOIN criterion k ON k.competence_id ="
                    + " c.id WHERE c.block_id = "
                    + block
                    + " ORDER BY c.sort_order, k.sort_order")) {
      while (r.next()) {
        long criterion = r.getLong(2);
        items.add(r.wasNull() ? "c:" + r.getLong(1) : "k:" + criterion);
      }
    }
    if (items.isEmpty()) {
      items.add("b:" + block);
    }
    return items;
  }

  // --- Organisations and people ----------------------------------------------------------------

  private void organisations() throws SQLException {
    int n = size.organisations;
    progress.start("organisations and sites", 3L * n);
    firstOrganisation = nextIds.get("training_organisation");
    firstSite = nextIds.get("site");
    try (Rows orgs =
            rows(
                "training_organisation",
                "id, name, siret, nda, qualiopi_number, qualiopi_certifier, qualiopi_valid_from,"
                    + " qualiopi_valid_until, created_at, version");
        Rows sites =
            rows(
                    "site",
                    "id, organisation_id, name, address, postal_code, city, accessible, itinerant,"
                        + " referent_name, referent_email, version")
                .after(orgs);
        Rows approvals =
            rows(
                    "exam_centre_approval",
                    "id, organisation_id, certification_version_id, site_id, reference, valid_from,"
                        + " valid_until")
                .after(orgs, sites)) {
      long approval = nextIds.get("exam_centre_approval");
      for (int i = 0; i < n; i++) {
        String[] city = Vocabulary.CITIES.get(i % Vocabulary.CITIES.size());
        long org = firstOrganisation + i;
        // One in ten certificates runs out within two months: the reminders have work.
        LocalDate until = i % 10 == 0 ? today.plusDays(20 + i % 40) : today.plusYears(2);
        orgs.add(
            org,
            pick(Vocabulary.ORGANISATION_KINDS, i) + " " + city[0] + " n° " + (i + 1),
            String.format(Locale.ROOT, "98%012d", i),
            String.format(Locale.ROOT, "93%09d", i),
            "QUALIOPI-" + (100_000 + i),
            "AFNOR Certification",
            until.minusYears(3),
            until,
            now.minusYears(2),
            0L);
        sites.add(
            firstSite + i,
            org,
            "Espace numérique " + city[0],
            (1 + i % 120) + " rue de la République",
            city[1],
            city[0],
            i % 5 != 0,
            false,
            "Référent handicap " + (i + 1),
            "referent-" + i + "@bench.capacite.test",
            0L);
        approvals.add(
            approval++,
            org,
            versionId,
            firstSite + i,
            "HAB-" + (i + 1),
            today.minusYears(1),
            today.plusYears(4));
      }
    }
    nextIds.put("training_organisation", firstOrganisation + n);
    nextIds.put("site", firstSite + n);
    progress.end();
  }

  private void people() throws SQLException {
    int orgs = size.organisations;
    int trainers = orgs * TRAINERS_PER_ORGANISATION;
    long total = orgs + trainers + size.learners + size.jurors;
    progress.start("accounts and profiles", total * 3);
    long id = nextIds.get("app_user");
    firstManager = id;
    firstTrainer = firstManager + orgs;
    firstLearner = firstTrainer + trainers;
    firstJuror = firstLearner + size.learners;
    try (Rows users =
            rows(
                "app_user",
                "id, username, email, display_name, password_hash, active, locale,"
                    + " failed_attempts, created_at, version");
        Rows roles = rows("user_role", "user_id, role").after(users);
        Rows members = rows("organisation_member", "organisation_id, user_id").after(users);
        Rows trainerProfiles =
            rows(
                    "trainer_profile",
                    "id, user_id, title_held, years_experience, modules, updated_at, version")
                .after(users);
        Rows jurorProfiles =
            rows(
                    "juror_profile",
                    "id, user_id, habilitation_region, habilitation_until, years_in_job,"
                        + " induction_on, charter_signed_on, employer, version")
                .after(users)) {
      long trainerProfile = nextIds.get("trainer_profile");
      long jurorProfile = nextIds.get("juror_profile");
      for (int i = 0; i < orgs; i++) {
        long u = firstManager + i;
        account(users, u, "gestion-" + i, i);
        roles.add(u, "ORG_MANAGER");
        members.add(firstOrganisation + i, u);
      }
      for (int i = 0; i < trainers; i++) {
        long u = firstTrainer + i;
        account(users, u, "formation-" + i, i + 7);
        roles.add(u, "TRAINER");
        members.add(firstOrganisation + i / TRAINERS_PER_ORGANISATION, u);
        trainerProfiles.add(
            trainerProfile++,
            u,
            i % 3 == 0 ? "REMN" : "MEDIATEUR_NUMERIQUE",
            3 + i % 12,
            pick(Vocabulary.TOPICS, i) + ", " + pick(Vocabulary.TOPICS, i + 5),
            now.minusMonths(3),
            0L);
      }
      for (int i = 0; i < size.learners; i++) {
        long u = firstLearner + i;
        account(users, u, "apprenant-" + i, i + 3);
        roles.add(u, "MEDIATOR");
      }
      for (int i = 0; i < size.jurors; i++) {
        long u = firstJuror + i;
        account(users, u, "jure-" + i, i + 11);
        roles.add(u, "JUROR");
        // Fit to sit on a jury: habilitation, induction, charter, five years in the job.
        jurorProfiles.add(
            jurorProfile++,
            u,
            "Région " + (1 + i % 13),
            today.plusYears(2),
            5 + i % 10,
            today.minusYears(1),
            today.minusYears(1),
            "Employeur " + (i + 1),
            0L);
      }
    }
    nextIds.put("app_user", firstJuror + size.jurors);
    progress.end();
  }

  private void account(Rows users, long id, String name, int seed) throws SQLException {
    String first = pick(Vocabulary.FIRST_NAMES, seed);
    String last = pick(Vocabulary.LAST_NAMES, seed / 3 + id);
    users.add(
        id,
        PREFIX + name,
        PREFIX + name + "@bench.capacite.test",
        first + " " + last,
        passwordHash,
        true,
        "fr",
        0,
        now.minusYears(2),
        0L);
  }

  // --- Cohorts, sessions, attendance, satisfaction -----------------------------------------------

  /** A cohort's first day: spread over the last two years and the next three months, a Monday. */
  private LocalDate cohortStart(int c) {
    int offset = -730 + (int) Math.floorMod(c * 7_919L, 820);
    return today.plusDays(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private LocalDate cohortEnd(int c) {
    return cohortStart(c).plusWeeks(SESSIONS_PER_COHORT / 2).minusDays(3);
  }

  private long learnerOf(int cohort, int k) {
    return firstLearner + Math.floorMod(cohort * (long) LEARNERS_PER_COHORT + k, size.learners);
  }

  /** One cohort in three lost a learner (withdrawal): drop-out figures have something to show. */
  private static boolean withdrawn(int cohort, int k) {
    return cohort % 3 == 0 && k == LEARNERS_PER_COHORT - 1;
  }

  private long trainerOf(int cohort) {
    return firstTrainer + cohort; // two cohorts and two trainers per organisation, one each
  }

  private void cohorts() throws SQLException {
    int n = size.cohorts();
    progress.start("cohorts and enrolments", (long) n * (LEARNERS_PER_COHORT + 3));
    firstCohort = nextIds.get("cohort");
    try (Rows cohorts =
            rows(
                "cohort",
                "id, organisation_id, programme_id, certification_version_id, code, title,"
                    + " start_date, end_date, max_size, modality, main_site_id, created_at,"
                    + " offer_published, price, funding, version");
        Rows cohortBlocks = rows("cohort_block", "cohort_id, block_id").after(cohorts);
        Rows cohortTrainers = rows("cohort_trainer", "cohort_id, user_id").after(cohorts);
        Rows enrolments =
            rows(
                    "enrolment",
                    "id, cohort_id, learner_id, status, path_hours, enrolled_at, changed_at,"
                        + " accepted_at, withdrawn_from, withdrawal_reason, withdrawn_at, version")
                .after(cohorts)) {
      long enrolment = nextIds.get("enrolment");
      for (int c = 0; c < n; c++) {
        int org = c / COHORTS_PER_ORGANISATION;
        long[] programme = programmes.get(c % programmes.size());
        LocalDate start = cohortStart(c);
        String modality = c % 7 == 0 ? "REMOTE" : c % 5 == 0 ? "HYBRID" : "ON_SITE";
        long id = firstCohort + c;
        cohorts.add(
            id,
            firstOrganisation + org,
            programme[0],
            versionId,
            "MN-" + start.getYear() + "-" + (c % COHORTS_PER_ORGANISATION + 1),
            "Médiateur numérique – "
                + pick(Vocabulary.CITIES.stream().map(x -> x[0]).toList(), org)
                + " "
                + start.getYear()
                + " ("
                + (c % COHORTS_PER_ORGANISATION + 1)
                + ")",
            start,
            cohortEnd(c),
            LEARNERS_PER_COHORT + 2,
            modality,
            "REMOTE".equals(modality) ? null : firstSite + org,
            start.minusMonths(3).atTime(10, 0),
            // The cohorts not yet started are in the public catalogue, priced as offers are.
            start.isAfter(today),
            new java.math.BigDecimal(1500 + (c % 12) * 350),
            c % 3 == 0 ? "CPF,OPCO,REGION" : "CPF,FRANCE_TRAVAIL",
            0L);
        if (start.isAfter(today) && offers.size() < 64) {
          offers.add(id);
        }
        // Most cohorts prepare the whole title; one in four CCP1 alone.
        List<Long> own = c % 4 == 0 ? blocks.subList(0, 1) : blocks;
        for (long b : own) {
          cohortBlocks.add(id, b);
        }
        cohortTrainers.add(id, trainerOf(c));
        for (int k = 0; k < LEARNERS_PER_COHORT; k++) {
          LocalDateTime enrolled = start.minusDays(30).atTime(9, 0);
          boolean gone = withdrawn(c, k);
          LocalDateTime left = start.plusWeeks(4).atTime(18, 0);
          enrolments.add(
              enrolment++,
              id,
              learnerOf(c, k),
              gone ? "WITHDRAWN" : "ENROLLED",
              (int) programme[1],
              enrolled,
              gone ? left : enrolled,
              enrolled.plusDays(1),
              gone ? "ENROLLED" : null,
              gone ? pick(List.of("EMPLOYMENT", "PERSONAL", "HEALTH", "RELOCATION"), c) : null,
              gone ? left : null,
              0L);
        }
      }
      nextIds.put("enrolment", enrolment);
    }
    nextIds.put("cohort", firstCohort + n);
    progress.end();
  }

  private void sessionsAndAttendance() throws SQLException {
    int n = size.cohorts();
    progress.start(
        "sessions and attendance", (long) n * SESSIONS_PER_COHORT * (LEARNERS_PER_COHORT + 2));
    long session = nextIds.get("training_session");
    long sheet = nextIds.get("attendance_sheet");
    long entry = nextIds.get("attendance_entry");
    try (Rows sessions =
            rows(
                "training_session",
                "id, cohort_id, session_day, start_time, end_time, site_id, trainer_id, topic,"
                    + " modality, version");
        Rows sheets =
            rows(
                    "attendance_sheet",
                    "id, session_id, certified_at, certified_by, recorded_count, present_count,"
                        + " version")
                .after(sessions);
        Rows entries =
            rows("attendance_entry", "id, sheet_id, learner_id, signed_at, status").after(sheets)) {
      for (int c = 0; c < n; c++) {
        int org = c / COHORTS_PER_ORGANISATION;
        long trainer = trainerOf(c);
        String trainerName = PREFIX + "formation-" + c;
        boolean remote = c % 7 == 0;
        LocalDate start = cohortStart(c);
        for (int j = 0; j < SESSIONS_PER_COHORT; j++) {
          // A day a week, morning and afternoon.
          LocalDate day = start.plusWeeks(j / 2);
          boolean morning = j % 2 == 0;
          LocalTime from = morning ? LocalTime.of(9, 0) : LocalTime.of(13, 30);
          LocalTime to = morning ? LocalTime.of(12, 30) : LocalTime.of(17, 0);
          sessions.add(
              session,
              firstCohort + c,
              day,
              from,
              to,
              remote ? null : firstSite + org,
              trainer,
              pick(Vocabulary.TOPICS, j / 4),
              remote ? "REMOTE" : "ON_SITE",
              0L);
          if (day.isBefore(today)) {
            // The sheet carries its counts (kept at certification), so its entries are drawn first.
            List<Object[]> drawn = new ArrayList<>();
            int presentCount = 0;
            for (int k = 0; k < LEARNERS_PER_COHORT; k++) {
              if (withdrawn(c, k) && j >= 8) {
                continue;
              }
              boolean present = random.nextInt(100) < 92;
              presentCount += present ? 1 : 0;
              drawn.add(
                  new Object[] {
                    entry++,
                    sheet,
                    learnerOf(c, k),
                    present ? day.atTime(from.plusMinutes(random.nextInt(15))) : null,
                    present ? "PRESENT" : "ABSENT"
                  });
            }
            sheets.add(sheet, session, day.atTime(to), trainerName, drawn.size(), presentCount, 0L);
            for (Object[] e : drawn) {
              entries.add(e);
            }
            sheet++;
          }
          session++;
        }
      }
    }
    nextIds.put("training_session", session);
    nextIds.put("attendance_sheet", sheet);
    nextIds.put("attendance_entry", entry);
    progress.end();
  }

  private void surveys() throws SQLException {
    int n = size.cohorts();
    progress.start("satisfaction surveys", (long) n * LEARNERS_PER_COHORT * 3);
    long invitation = nextIds.get("survey_invitation");
    long response = nextIds.get("survey_response");
    try (Rows invitations =
            rows(
                "survey_invitation",
                "id, cohort_id, learner_id, wave, sent_on, answered_on, version");
        Rows responses =
            rows(
                "survey_response",
                "id, cohort_id, wave, learner_id, answered_on, score_objectives, score_content,"
                    + " score_trainers, score_organisation, score_application, score_overall,"
                    + " free_text")) {
      for (int c = 0; c < n; c++) {
        LocalDate end = cohortEnd(c);
        for (String wave : List.of("HOT", "COLD")) {
          LocalDate sent = "HOT".equals(wave) ? end.plusDays(1) : end.plusDays(90);
          if (!sent.isBefore(today)) {
            continue;
          }
          // Organisations differ: some satisfy most learners, some few (the field's 28 %).
          int mood = c % 5;
          for (int k = 0; k < LEARNERS_PER_COHORT; k++) {
            if (withdrawn(c, k)) {
              continue;
            }
            boolean answers = random.nextInt(100) < 70;
            LocalDate answered = answers ? sent.plusDays(1 + random.nextInt(10)) : null;
            if (answered != null && !answered.isBefore(today)) {
              answered = null;
            }
            invitations.add(
                invitation++, firstCohort + c, learnerOf(c, k), wave, sent, answered, 0L);
            if (answered != null) {
              responses.add(
                  response++,
                  firstCohort + c,
                  wave,
                  null, // answers are anonymous
                  answered,
                  score(mood),
                  score(mood),
                  score(mood),
                  score(mood),
                  score(mood),
                  score(mood),
                  k == 0 ? pick(Vocabulary.SENTENCES, c) : null);
            }
          }
        }
      }
    }
    nextIds.put("survey_invitation", invitation);
    nextIds.put("survey_response", response);
    progress.end();
  }

  private int score(int mood) {
    return Math.max(1, Math.min(5, 1 + mood + random.nextInt(3) - 1));
  }

  // --- Exams -----------------------------------------------------------------------------------

  private void exams() throws SQLException {
    int n = size.examSessions;
    progress.start("exam sessions and score sheets", (long) n * CANDIDATES_PER_EXAM * 20);
    long session = nextIds.get("exam_session");
    long candidate = nextIds.get("exam_candidate");
    long member = nextIds.get("jury_member");
    long sheet = nextIds.get("score_sheet");
    long score = nextIds.get("sheet_score");
    long proposal = nextIds.get("block_proposal");
    long decision = nextIds.get("block_decision");
    try (Rows sessions =
            rows(
                "exam_session",
                "id, centre_id, site_id, certification_version_id, kind, session_day, modality,"
                    + " status, title, created_at, version");
        Rows sessionBlocks = rows("exam_session_block", "session_id, block_id").after(sessions);
        Rows members =
            rows("jury_member", "id, session_id, juror_id, assigned_at").after(sessions);
        Rows candidates =
            rows(
                    "exam_candidate",
                    "id, session_id, learner_id, source, cohort_id, modality, registered_at, version")
                .after(sessions);
        Rows sheets =
            rows("score_sheet", "id, session_id, candidate_id, juror_id, submitted_at, version")
                .after(candidates);
        Rows scores = rows("sheet_score", "id, sheet_id, block_id, item_key, score").after(sheets);
        Rows proposals =
            rows("block_proposal", "id, sheet_id, block_id, acquired, proposal_comment")
                .after(sheets);
        Rows decisions =
            rows(
                    "block_decision",
                    "id, candidate_id, block_id, acquired, reason, decided_by, decided_at,"
                        + " version")
                .after(candidates)) {
      for (int s = 0; s < n; s++) {
        int org = s % size.organisations;
        LocalDate day = today.plusDays(-700 + Math.floorMod(s * 7_919L, 760));
        // Sessions of the last week and the next are open for scoring; older ones deliberated.
        String status =
            day.isBefore(today.minusDays(7))
                ? "DELIBERATED"
                : day.isAfter(today.plusDays(7)) ? "PLANNED" : "OPEN";
        boolean title = s % 5 == 0;
        List<Long> own = title ? blocks : List.of(blocks.get(s % blocks.size()));
        sessions.add(
            session,
            firstOrganisation + org,
            firstSite + org,
            versionId,
            title ? "TITLE" : "CCP",
            day,
            "ON_SITE",
            status,
            (title ? "Titre complet" : "CCP") + " – session du " + FRENCH_DAY.format(day),
            day.minusMonths(2).atTime(9, 0),
            0L);
        for (long b : own) {
          sessionBlocks.add(session, b);
        }
        long[] jury = {
          firstJuror + (2L * s) % size.jurors, firstJuror + (2L * s + 1) % size.jurors
        };
        for (long juror : jury) {
          members.add(member++, session, juror, day.minusMonths(1).atTime(9, 0));
        }
        for (int k = 0; k < CANDIDATES_PER_EXAM; k++) {
          int learnerIndex = Math.floorMod(s * CANDIDATES_PER_EXAM + k, size.learners);
          int cohort = learnerIndex / LEARNERS_PER_COHORT;
          candidates.add(
              candidate,
              session,
              firstLearner + learnerIndex,
              cohort < size.cohorts() ? "COHORT" : "VAE",
              cohort < size.cohorts() ? firstCohort + cohort : null,
              "ON_SITE",
              day.minusMonths(1).atTime(10, 0),
              0L);
          if ("OPEN".equals(status)) {
            for (long juror : jury) {
              jurorSheets.computeIfAbsent(juror, j -> new ArrayList<>()).add(candidate);
            }
          }
          if (!"PLANNED".equals(status)) {
            // Deliberated: both jurors submitted; open: the first juror is halfway.
            boolean deliberated = "DELIBERATED".equals(status);
            int strength = random.nextInt(4);
            for (int j = 0; j < (deliberated ? 2 : 1); j++) {
              sheets.add(
                  sheet, session, candidate, jury[j], deliberated ? day.atTime(16, 0) : null, 0L);
              for (long b : own) {
                List<String> items = gridItems.get(b);
                int upTo = deliberated ? items.size() : items.size() / 2;
                for (int i = 0; i < upTo; i++) {
                  int value = Math.max(1, Math.min(4, 1 + strength + random.nextInt(3) - 1));
                  scores.add(score++, sheet, b, items.get(i), value);
                }
                if (deliberated) {
                  proposals.add(proposal++, sheet, b, strength >= 1, null);
                }
              }
              sheet++;
            }
            if (deliberated) {
              for (long b : own) {
                decisions.add(
                    decision++,
                    candidate,
                    b,
                    strength >= 1,
                    strength >= 1
                        ? null
                        : "Compétences non démontrées lors de la mise en" + " situation.",
                    PREFIX + "jure-" + (2L * s) % size.jurors,
                    day.atTime(17, 0),
                    0L);
              }
            }
          }
          candidate++;
        }
        session++;
      }
    }
    nextIds.put("exam_session", session);
    nextIds.put("exam_candidate", candidate);
    nextIds.put("jury_member", member);
    nextIds.put("score_sheet", sheet);
    nextIds.put("sheet_score", score);
    nextIds.put("block_proposal", proposal);
    nextIds.put("block_decision", decision);
    progress.end();
  }

  // --- Library ---------------------------------------------------------------------------------

  /** An author: popularity is skewed, a few contributors write much of the library. */
  private long author(long seed) {
    double u = new SplittableRandom(seed).nextDouble();
    int contributors = size.learners / 4 + size.organisations * TRAINERS_PER_ORGANISATION;
    int index = (int) (contributors * u * u * u);
    return index < size.learners / 4
        ? firstLearner + index
        : firstTrainer + (index - size.learners / 4);
  }

  private void library() throws SQLException {
    int n = size.resources;
    progress.start("library", (long) n * AVERAGE_REVISIONS * 57 / 10);
    long resource = nextIds.get("learning_resource");
    long revision = nextIds.get("resource_revision");
    long block = nextIds.get("revision_block");
    long maintainer = nextIds.get("resource_maintainer");
    long credit = nextIds.get("resource_credit");
    long rating = nextIds.get("resource_rating");
    long report = nextIds.get("resource_report");
    long usage = nextIds.get("usage_declaration");
    long review = nextIds.get("resource_review");
    List<String> themes =
        List.of(
            "DIAGNOSTIC",
            "DEMARCHES",
            "OUTILS",
            "ACCESSIBILITE",
            "PARENTALITE",
            "CYBER",
            "IA",
            "NUMERIQUE_RESPONSABLE");
    List<String> types =
        List.of(
            "RESSOURCE_PEDAGOGIQUE",
            "OUTIL_NUMERIQUE",
            "ARTICLE",
            "BOITE_A_OUTILS",
            "INFOGRAPHIE",
            "METHODOLOGIE",
            "QUESTIONNAIRE",
            "VIDEO");
    List<String> audiences =
        List.of("TOUS_PUBLICS", "SENIORS", "PARENTS", "ELOIGNES", "HANDICAP", "ILLETTRISME");
    List<String> formats =
        List.of(
            "ATELIER_COLLECTIF", "ACCOMPAGNEMENT_INDIVIDUEL", "FICHE", "TUTORIEL", "AUTOFORMATION");
    try (Rows resources =
            rows(
                "learning_resource",
                "id, slug, state, latest_revision, stable_revision, labelled_at, label_until,"
                    + " created_by_id, created_at, views, downloads, rating_sum, rating_count,"
                    + " version");
        Rows revisions =
            rows(
                    "resource_revision",
                    "id, resource_id, rev_number, author_id, created_at, change_summary, title,"
                        + " summary, themes, resource_type, audiences, formats, duration_minutes,"
                        + " resource_level, licence")
                .after(resources);
        Rows contents =
            rows("revision_block", "id, revision_id, sort_order, kind, heading, body")
                .after(revisions);
        Rows revisionCompetences =
            rows("revision_competence", "revision_id, competence_id").after(revisions);
        Rows revisionPix = rows("revision_pix", "revision_id, pix_competence_id").after(revisions);
        Rows maintainers =
            rows("resource_maintainer", "id, resource_id, user_id, maintainer_role, added_at")
                .after(resources);
        Rows credits =
            rows("resource_credit", "id, resource_id, user_id, kind, credited_at, consent_at")
                .after(resources);
        Rows ratings =
            rows("resource_rating", "id, resource_id, user_id, score, comment, rated_at")
                .after(resources);
        Rows reports =
            rows(
                    "resource_report",
                    "id, resource_id, reporter_id, kind, details, reported_at, status,"
                        + " resolved_by_id, resolved_at, resolution, version")
                .after(resources);
        Rows usages =
            rows(
                    "usage_declaration",
                    "id, resource_id, user_id, audience, outcome, used_on, declared_at")
                .after(resources);
        Rows reviews =
            rows(
                    "resource_review",
                    "id, resource_id, rev_number, reviewer_id, started_at, completed_at, status,"
                        + " overall_comment, version")
                .after(resources);
        Rows reviewScores =
            rows("review_score", "review_id, criterion, score, comment").after(reviews)) {
      for (int i = 0; i < n; i++) {
        long id = resource++;
        // Popularity follows a power law over a shuffled order, not the order of creation.
        long rank = Math.floorMod(i * 7_919L, n);
        int revisionCount = 1 + (int) Math.floorMod(i * 2_654_435_761L, 2 * AVERAGE_REVISIONS - 1);
        String state = i % 20 < 15 ? "PUBLISHED" : i % 20 < 17 ? "SUBMITTED" : "DRAFT";
        boolean labelled = "PUBLISHED".equals(state) && i % 4 == 0;
        String title =
            pick(Vocabulary.ACTIONS, i)
                + " "
                + pick(Vocabulary.OBJECTS, i / 15)
                + (pick(Vocabulary.PUBLICS, i / 7).isEmpty()
                    ? ""
                    : " " + pick(Vocabulary.PUBLICS, i / 7));
        long creator = author(i);
        LocalDateTime created = now.minusDays(30 + Math.floorMod(i * 31L, 900));
        int ratingCount =
            "PUBLISHED".equals(state) ? (int) Math.min(40, 400 / Math.pow(rank + 1, 0.5)) : 0;
        int[] scores = new int[ratingCount];
        int ratingSum = 0;
        for (int r = 0; r < ratingCount; r++) {
          scores[r] = 2 + random.nextInt(4);
          ratingSum += scores[r];
        }
        if ("PUBLISHED".equals(state) && rank < 5_000) {
          popularSlugs.put(rank, slug(title, i + 1));
        }
        resources.add(
            id,
            slug(title, i + 1),
            state,
            revisionCount,
            "PUBLISHED".equals(state) ? revisionCount : null,
            labelled ? today.minusDays(100) : null,
            labelled ? today.plusDays(265) : null,
            creator,
            created,
            "PUBLISHED".equals(state) ? (long) (200_000 / Math.pow(rank + 1, 0.8)) : 0L,
            "PUBLISHED".equals(state) ? (long) (20_000 / Math.pow(rank + 1, 0.8)) : 0L,
            ratingSum,
            ratingCount,
            0L);
        String theme1 = pick(themes, i);
        String theme2 = pick(themes, i / 3);
        String resourceThemes =
            theme1.equals(theme2) ? theme1 : String.join(",", sorted(theme1, theme2));
        long coAuthor = revisionCount > 3 ? author(i * 31L + 7) : creator;
        for (int r = 1; r <= revisionCount; r++) {
          long author = r % 3 == 0 && coAuthor != creator ? coAuthor : creator;
          LocalDateTime at = created.plusDays(r * 3L);
          revisions.add(
              revision,
              id,
              r,
              author,
              at,
              r == 1 ? "Première version" : pick(Vocabulary.CHANGES, i + r),
              title,
              pick(Vocabulary.SENTENCES, i + r) + " " + pick(Vocabulary.SENTENCES, i / 2),
              resourceThemes,
              pick(types, i / 2),
              pick(audiences, i / 5),
              pick(formats, i / 11),
              30 + 15 * (i % 7),
              i % 3 == 0 ? "INTERMEDIAIRE" : "DEBUTANT",
              pick(List.of("CC_BY_SA_4_0", "ETALAB_2_0", "CC_BY_NC_SA_4_0"), i));
          contents.add(block++, revision, 0, "SECTION", "Objectifs de la séance", null);
          StringBuilder body = new StringBuilder();
          for (int k = 0; k < 4; k++) {
            body.append(pick(Vocabulary.SENTENCES, i * 3L + r + k)).append(' ');
          }
          body.append("Thème : ").append(pick(Vocabulary.OBJECTS, i + r)).append('.');
          contents.add(block++, revision, 1, "TEXT", null, body.toString());
          revisionCompetences.add(revision, competences.get(i % competences.size()));
          if (i % 2 == 0) {
            long second = competences.get((i / 2 + 3) % competences.size());
            if (second != competences.get(i % competences.size())) {
              revisionCompetences.add(revision, second);
            }
          }
          revisionPix.add(revision, pixCompetences.get(i % pixCompetences.size()));
          revision++;
        }
        maintainers.add(maintainer++, id, creator, "AUTHOR", created);
        credits.add(credit++, id, creator, "AUTHOR", created, created);
        if (coAuthor != creator) {
          credits.add(
              credit++, id, coAuthor, "CO_AUTHOR", created.plusDays(9), created.plusDays(10));
        }
        for (int r = 0; r < ratingCount; r++) {
          ratings.add(
              rating++,
              id,
              firstLearner + Math.floorMod(i * 53L + r * 397L, size.learners),
              scores[r],
              r % 5 == 0 ? pick(Vocabulary.SENTENCES, i + r) : null,
              created.plusDays(20 + r));
        }
        if (i % 50 == 7) {
          boolean open = i % 100 == 7;
          reports.add(
              report++,
              id,
              firstLearner + Math.floorMod(i * 17L, size.learners),
              i % 150 == 7 ? "ERROR" : "OUTDATED",
              "Les captures ne correspondent plus au site actuel.",
              now.minusDays(5 + i % 40),
              open ? "OPEN" : "RESOLVED",
              open ? null : curatorId,
              open ? null : now.minusDays(2),
              open ? null : "Captures mises à jour.",
              0L);
        }
        if ("PUBLISHED".equals(state) && rank < n / 5) {
          usages.add(
              usage++,
              id,
              firstLearner + Math.floorMod(i * 13L, size.learners),
              pick(audiences, i),
              "Atelier mené avec huit personnes, bon retour.",
              today.minusDays(10 + i % 200),
              now.minusDays(5 + i % 200));
        }
        if (labelled) {
          reviews.add(
              review,
              id,
              revisionCount,
              curatorId,
              today.minusDays(102).atTime(10, 0),
              today.minusDays(100).atTime(16, 0),
              "LABELLED",
              "Ressource claire et à jour.",
              0L);
          for (String criterion :
              List.of(
                  "ACCURACY",
                  "PEDAGOGY",
                  "ACCESSIBILITY",
                  "LICENCE_SOURCES",
                  "UP_TO_DATE",
                  "ALIGNMENT")) {
            reviewScores.add(review, criterion, 2 + (i + criterion.length()) % 2, null);
          }
          review++;
        }
      }
    }
    nextIds.put("learning_resource", resource);
    nextIds.put("resource_revision", revision);
    nextIds.put("revision_block", block);
    nextIds.put("resource_maintainer", maintainer);
    nextIds.put("resource_credit", credit);
    nextIds.put("resource_rating", rating);
    nextIds.put("resource_report", report);
    nextIds.put("usage_declaration", usage);
    nextIds.put("resource_review", review);
    progress.end();
  }

  private static List<String> sorted(String a, String b) {
    return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
  }

  /** An address as the application spells one: ASCII, ligatures spelt out, numbered. */
  static String slug(String title, long number) {
    String ascii =
        Normalizer.normalize(
                title.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae"),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    String suffix = "-" + number;
    return (ascii.length() > 110 ? ascii.substring(0, 110) : ascii) + suffix;
  }

  /**
   * What {@code bench/load.sh} needs, one per line ({@code kind values…}): jurors with a sheet to
   * fill in an open session, managers with their organisation and cohorts, trainers, mediators, and
   * the most read resources, most read first.
   */
  // --- Practice logbooks (issue 19) ----------------------------------------------------------

  private static final String[] LOG_THEMES = {
    "PROCEDURES",
    "DEVICES",
    "EMAIL",
    "SECURITY",
    "BROWSING",
    "CONTENTS",
    "HEALTH",
    "BANKING",
    "SOCIAL_NETWORKS",
    "EMPLOYMENT",
    "AI",
    "OFFICE",
    "DIAGNOSTIC",
    "PARENTING",
    "CULTURE"
  };

  private static final String[] LOG_DOMAINS = {
    "SOCIAL_HEALTH", "MONEY", "WORK", "HOUSING", "PAPERS", "TRANSPORT", "FAMILY"
  };
  private static final String[] AUTONOMY = {"GUIDED", "PARTLY", "AUTONOMOUS"};

  /**
   * Each generated mediator's place of activity and a year of accompaniments, in day order, with
   * the facts the figures read as the application stores them: month, department, and for the
   * people followed by a code their visit's rank and whether it needed less help. Themes follow a
   * skewed popularity (procedures first), as the field reports.
   */
  private void logbooks() throws SQLException {
    long perMediator = ENTRIES_PER_MEDIATOR;
    long total = size.learners * perMediator;
    progress.start("logbooks", size.learners + total * 23 / 10);
    long site = nextIds.get("mediator_site");
    long entry = nextIds.get("practice_entry");
    long sharing = nextIds.get("practice_sharing");
    try (Rows sites =
            rows(
                "mediator_site",
                "id, owner_id, name, postal_code, department, archived, created_at, version");
        Rows entries =
            rows(
                    "practice_entry",
                    "id, author_id, day, kind, minutes, participants, place, approach,"
                        + " autonomy_before, autonomy_after, outcome, follow_up_code, note,"
                        + " created_at, version, site_id, department, month_key, visit_rank,"
                        + " less_help")
                .after(sites);
        Rows themes = rows("practice_entry_theme", "entry_id, theme").after(entries);
        Rows sharings =
            rows(
                "practice_sharing",
                "id, organisation_id, mediator_id, status, invited_by_id, invited_at, answered_at,"
                    + " since_day, version")) {
      for (int m = 0; m < size.learners; m++) {
        long author = firstLearner + m;
        // Each mediator shares their figures with one structure, for a year and more: a
        // structure's page sums its twenty mediators' year (S: 20 × 50 entries).
        int structure = m % size.organisations;
        sharings.add(
            sharing++,
            firstOrganisation + structure,
            author,
            "ACTIVE",
            firstManager + structure,
            now,
            now,
            today.minusDays(400),
            0L);
        String[] city = Vocabulary.CITIES.get((m * 7) % Vocabulary.CITIES.size());
        String department = department(city[1]);
        long mySite = site++;
        sites.add(
            mySite, author, "Lieu de médiation " + city[0], city[1], department, false, now, 0L);
        // The people this mediator follows: their last visit's autonomy and approach.
        int[] lastBefore = new int[5];
        String[] lastApproach = new String[5];
        int[] visits = new int[5];
        for (int k = 0; k < perMediator; k++) {
          LocalDate day = today.minusDays(365 - (k * 365L / perMediator) - random.nextInt(7));
          if (day.isAfter(today)) {
            day = today;
          }
          int roll = random.nextInt(10);
          String kind = roll < 2 ? "COLLECTIVE" : roll < 5 ? "ADMINISTRATIVE" : "INDIVIDUAL";
          long id = entry++;
          String code = null;
          Integer rank = null;
          Boolean lessHelp = null;
          String approach = null;
          String before = null;
          String after = null;
          if (!kind.equals("COLLECTIVE")) {
            int b = random.nextInt(2);
            approach = random.nextInt(10) < 6 ? "WITH" : "FOR";
            if (random.nextInt(3) == 0) {
              int p = random.nextInt(5);
              code = "P-" + (p + 1);
              visits[p]++;
              rank = visits[p];
              if (rank > 1) {
                b = Math.min(2, lastBefore[p] + random.nextInt(2));
                lessHelp =
                    b > lastBefore[p] || ("WITH".equals(approach) && "FOR".equals(lastApproach[p]));
              }
              lastBefore[p] = b;
              lastApproach[p] = approach;
            }
            before = AUTONOMY[b];
            after = AUTONOMY[Math.min(2, b + (random.nextInt(3) == 0 ? 0 : 1))];
          }
          entries.add(
              id,
              author,
              day,
              kind,
              kind.equals("COLLECTIVE") ? 90 : 30,
              kind.equals("COLLECTIVE") ? 4 + random.nextInt(9) : 1,
              "ACTIVITY_SITE",
              approach,
              before,
              after,
              random.nextInt(8) == 0 ? "REFERRED" : "SOLVED",
              code,
              null,
              now,
              0L,
              mySite,
              department,
              day.getYear() * 100 + day.getMonthValue(),
              rank,
              lessHelp);
          if (kind.equals("ADMINISTRATIVE")) {
            themes.add(id, "PROCEDURES");
            themes.add(id, LOG_DOMAINS[random.nextInt(LOG_DOMAINS.length)]);
          } else {
            // Skewed: the first themes are asked far more often.
            int t = (int) (LOG_THEMES.length * Math.pow(random.nextDouble(), 2.5));
            themes.add(id, LOG_THEMES[t]);
          }
        }
        progress.advance(1);
      }
    }
    // The observatory's figures are kept per month and department: noted to build, as the
    // application notes each entry it writes; the server builds them shortly after it starts.
    try (Statement st = db.createStatement()) {
      st.executeUpdate(
          "INSERT INTO practice_rollup_dirty (month_key, department) SELECT DISTINCT month_key,"
              + " COALESCE(department, '') FROM practice_entry");
    }
    db.commit();
    nextIds.put("mediator_site", site);
    nextIds.put("practice_entry", entry);
    nextIds.put("practice_sharing", sharing);
    progress.end();
  }

  /**
   * The INSEE code of a postal code's department, as the application's {@code
   * Territory.departmentOf} reads it. Repeated here on purpose: the generator runs from the
   * server's jars alone (derby, postgresql) and does not put the application's persistence module
   * on its class path; the generated cities are all mainland, Corsican or overseas codes this rule
   * covers.
   */
  static String department(String postalCode) {
    if (postalCode.startsWith("97")) {
      return postalCode.substring(0, 3);
    }
    if (postalCode.startsWith("20")) {
      return Integer.parseInt(postalCode) < 20200 ? "2A" : "2B";
    }
    return postalCode.substring(0, 2);
  }

  private void fixtures() {
    // Each juror's first sheet, then each one's second, and so on: the first lines name as
    // many different jurors as there are.
    List<String> sheets = new ArrayList<>();
    for (int round = 0; sheets.size() < 64; round++) {
      int before = sheets.size();
      for (var e : jurorSheets.entrySet()) {
        if (round < e.getValue().size() && sheets.size() < 64) {
          sheets.add(
              "juror "
                  + PREFIX
                  + "jure-"
                  + (e.getKey() - firstJuror)
                  + " "
                  + e.getValue().get(round));
        }
      }
      if (sheets.size() == before) {
        break;
      }
    }
    fixtures.addAll(sheets);
    for (int i = 0; i < Math.min(64, size.organisations); i++) {
      fixtures.add(
          "manager "
              + PREFIX
              + "gestion-"
              + i
              + " "
              + (firstOrganisation + i)
              + " "
              + (firstCohort + (long) i * COHORTS_PER_ORGANISATION));
    }
    for (int c = 0; c < Math.min(64, size.cohorts()); c++) {
      fixtures.add("trainer " + PREFIX + "formation-" + c + " " + (firstCohort + c));
    }
    for (int i = 0; i < Math.min(64, size.learners); i++) {
      fixtures.add("mediator " + PREFIX + "apprenant-" + i);
    }
    popularSlugs.values().forEach(slug -> fixtures.add("resource " + slug));
    offers.forEach(id -> fixtures.add("offer " + id));
  }

  // --- Finishing -------------------------------------------------------------------------------

  /** The application's next insert takes the identity after the generated ones. */
  private void restartIdentities() throws SQLException {
    progress.start("identities restarted", nextIds.size());
    try (Statement s = db.createStatement()) {
      for (var e : nextIds.entrySet()) {
        s.executeUpdate(
            "ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue());
      }
    }
    db.commit();
    progress.advance(nextIds.size());
    progress.end();
  }

  /**
   * Fresh statistics, as a database administrator runs them after a bulk load: Derby keeps the ones
   * of the empty tables otherwise, and plans queries for a few rows.
   */
  private void updateStatistics() throws SQLException {
    boolean derby =
        db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
    List<String> tables = new ArrayList<>();
    try (ResultSet r = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        String schema = r.getString("TABLE_SCHEM");
        if (derby ? "APP".equalsIgnoreCase(schema) : "public".equals(schema)) {
          tables.add(r.getString("TABLE_NAME"));
        }
      }
    }
    progress.start("statistics updated", tables.size());
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(true);
    for (String table : tables) {
      if (derby) {
        try (PreparedStatement p =
            db.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', ?, NULL)")) {
          p.setString(1, table);
          p.execute();
        }
      } else {
        try (Statement s = db.createStatement()) {
          s.execute("ANALYZE \"" + table + "\"");
        }
      }
      progress.advance(1);
    }
    db.setAutoCommit(autoCommit);
    progress.end();
  }

  // --- JDBC helpers ----------------------------------------------------------------------------

  private Rows rows(String table, String columns) throws SQLException {
    return new Rows(db, progress, table, columns.split(",\\s*"));
  }

  private String one(String sql, String missing) throws SQLException {
    String value = first(sql, missing);
    if (value == null) {
      throw new IllegalStateException(missing);
    }
    return value;
  }

  private String first(String sql, String missing) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private List<Long> longs(String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getLong(1));
      }
    }
    return out;
  }
}

package fr.capacite.application.path;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.domain.path.ModuleOffer;
import fr.capacite.domain.path.PathTemplate;
import fr.capacite.domain.path.TrainingModule;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The module catalogue and path templates. Everyone signed in reads them; administrators keep the
 * catalogue; an organisation's managers say which of its cohorts deliver a module.
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
public class CatalogueService {

  static final ZoneId ZONE = FrenchTime.ZONE;

  /** Coming cohorts listed per module. */
  static final int OFFERS_SHOWN = 3;

  @PersistenceContext private EntityManager em;
  @EJB private fr.capacite.application.referential.CompetenceLookup lookup;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;

  /** One page of the catalogue, thematic or certifying or both (kind null), by title. */
  public PageSlice<ModuleView> listModules(ModuleKind kind, int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    String where = kind == null ? "" : " WHERE m.kind = :kind";
    TypedQuery<TrainingModule> q =
        em.createQuery(
            "SELECT m FROM TrainingModule m" + where + " ORDER BY m.kind, m.title, m.id",
            TrainingModule.class);
    TypedQuery<Long> c =
        em.createQuery("SELECT COUNT(m) FROM TrainingModule m" + where, Long.class);
    if (kind != null) {
      q.setParameter("kind", kind);
      c.setParameter("kind", kind);
    }
    List<TrainingModule> page = batched(q).setFirstResult(f).setMaxResults(s).getResultList();
    Map<Long, List<ModuleOffer>> offers =
        offers(page.stream().map(TrainingModule::getId).toList(), LocalDate.now(ZONE));
    return new PageSlice<>(
        page.stream().map(m -> view(m, offers.getOrDefault(m.getId(), List.of()))).toList(),
        c.getSingleResult(),
        f,
        s);
  }

  public ModuleView getModule(String code) {
    return view(module(code));
  }

  public Optional<ModuleView> findModule(String code) {
    return find(code).map(this::view);
  }

  /** Creates a module or changes it (expectedVersion of the one read; ignored when new). */
  @RolesAllowed(Role.Names.ADMIN)
  public ModuleView saveModule(@NotNull @Valid ModuleForm form, long expectedVersion) {
    Block block = form.blockId() == null ? null : block(form.blockId());
    TrainingModule m = find(form.code()).orElse(null);
    try {
      if (m == null) {
        m = new TrainingModule(form.code(), form.title(), form.kind(), form.hours(), block);
        m.describe(form.title(), blank(form.description()), form.kind(), form.hours(), block);
        em.persist(m);
      } else {
        if (m.getVersion() != expectedVersion) {
          throw new ConcurrentEditException();
        }
        m.describe(form.title(), blank(form.description()), form.kind(), form.hours(), block);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          form.kind() == ModuleKind.THEMATIC
              ? "path.module.thematicHours"
              : "path.module.blockRequired");
    }
    Set<Block> prerequisites = new HashSet<>();
    for (Long id : form.prerequisiteBlockIds()) {
      prerequisites.add(block(id));
    }
    if (block != null && prerequisites.contains(block)) {
      throw new InvalidInputException("path.module.selfPrerequisite");
    }
    Set<Competence> competences = lookup.competences(form.competenceIds());
    Set<PixCompetence> pix = lookup.pix(form.pixCodes());
    m.require(prerequisites);
    m.address(competences, pix);
    m.activate(form.active());
    em.flush();
    audit.record(AuditKind.CATALOGUE_CHANGED, access.caller(), m.getCode(), m.getTitle());
    return view(m);
  }

  /**
   * Says whether an organisation offers a module and which of its cohorts deliver it. Only that
   * organisation's entries change; a cohort of another organisation does not exist for the caller.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public ModuleView setDelivery(
      String code, long organisationId, boolean offered, Set<Long> cohortIds) {
    TrainingOrganisation o = access.managed(organisationId);
    TrainingModule m = module(code);
    Set<Cohort> cohorts = new HashSet<>();
    for (Long id : cohortIds == null ? Set.<Long>of() : cohortIds) {
      Cohort c = em.find(Cohort.class, id);
      if (c == null || !c.getOrganisation().equals(o)) {
        throw new ObjectNotFoundException("cohort", id);
      }
      cohorts.add(c);
    }
    Set<TrainingOrganisation> orgs = new HashSet<>(m.getOrganisations());
    orgs.remove(o);
    if (offered || !cohorts.isEmpty()) {
      orgs.add(o);
    }
    Set<Cohort> all =
        m.getCohorts().stream()
            .filter(c -> !c.getOrganisation().equals(o))
            .collect(Collectors.toCollection(HashSet::new));
    all.addAll(cohorts);
    m.deliveredBy(orgs, all);
    audit.record(AuditKind.CATALOGUE_CHANGED, access.caller(), m.getCode(), o.getName());
    return view(m);
  }

  /** Blocks a module may train towards or require (CCP and CCS of every version). */
  @RolesAllowed(Role.Names.ADMIN)
  public List<Choice> blockChoices() {
    return em
        .createQuery(
            "SELECT b FROM Block b JOIN FETCH b.certificationVersion v WHERE b.retired = FALSE"
                + " ORDER BY v.code, b.sortOrder",
            Block.class)
        .setMaxResults(PageSlice.MAX_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(b -> new Choice(String.valueOf(b.getId()), label(b)))
        .toList();
  }

  /** Title competences a module may address, labelled with their block. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<Choice> competenceChoices() {
    return em
        .createQuery(
            "SELECT k FROM Competence k JOIN FETCH k.block b JOIN FETCH b.certificationVersion v"
                + " ORDER BY v.code, b.sortOrder, k.sortOrder",
            Competence.class)
        .setMaxResults(PageSlice.MAX_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(
            k ->
                new Choice(
                    String.valueOf(k.getId()),
                    k.getBlock().getCertificationVersion().getCode()
                        + " "
                        + k.getBlock().getCode()
                        + " — "
                        + k.getTitle()))
        .toList();
  }

  /** Title competences a positioning question may measure (authors: administrators, managers). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<Choice> competenceChoicesForTests() {
    return competenceChoices().stream()
        .map(c -> new Choice("competence:" + c.value(), c.label()))
        .toList();
  }

  /** The sixteen Pix competences. */
  public List<Choice> pixChoices() {
    return em
        .createQuery("SELECT p FROM PixCompetence p ORDER BY p.code", PixCompetence.class)
        .getResultList()
        .stream()
        .map(p -> new Choice(p.getCode(), p.getCode() + " " + p.getTitle()))
        .toList();
  }

  /** Organisations the caller manages (every one for administrators), for deliveries. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<Choice> managedOrganisations() {
    String q =
        access.isAdmin()
            ? "SELECT o FROM TrainingOrganisation o ORDER BY o.name"
            : "SELECT o FROM TrainingOrganisation o JOIN o.members m WHERE m.username = :me"
                + " ORDER BY o.name";
    var query = em.createQuery(q, TrainingOrganisation.class);
    if (!access.isAdmin()) {
      query.setParameter("me", access.caller());
    }
    return query.setMaxResults(PageSlice.MAX_PAGE_SIZE).getResultList().stream()
        .map(o -> new Choice(String.valueOf(o.getId()), o.getName()))
        .toList();
  }

  /** An organisation's cohorts not ended a year ago, for deliveries; and what it delivers now. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Delivery delivery(String code, long organisationId) {
    TrainingOrganisation o = access.managed(organisationId);
    TrainingModule m = module(code);
    List<Choice> cohorts =
        em
            .createQuery(
                "SELECT c FROM Cohort c WHERE c.organisation = :o AND c.endDate >= :since"
                    + " ORDER BY c.startDate DESC",
                Cohort.class)
            .setParameter("o", o)
            .setParameter("since", LocalDate.now(ZONE).minusYears(1))
            .setMaxResults(PageSlice.MAX_PAGE_SIZE)
            .getResultList()
            .stream()
            .map(
                c -> new Choice(String.valueOf(c.getId()), c.getTitle() + " (" + c.getCode() + ")"))
            .toList();
    Set<String> chosen =
        m.getCohorts().stream()
            .filter(c -> c.getOrganisation().equals(o))
            .map(c -> String.valueOf(c.getId()))
            .collect(Collectors.toSet());
    return new Delivery(m.getOrganisations().contains(o), cohorts, chosen);
  }

  /** What an organisation delivers of a module: offered at all, and by which of its cohorts. */
  public record Delivery(boolean offered, List<Choice> cohorts, Set<String> chosenCohorts)
      implements java.io.Serializable {}

  /** Path templates, by kind and title. */
  public PageSlice<TemplateView> listTemplates(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<PathTemplate> page =
        em.createNamedQuery("PathTemplate.findAll", PathTemplate.class)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "t.steps.module")
            .setHint("eclipselink.batch", "t.certificationVersion")
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(t) FROM PathTemplate t", Long.class).getSingleResult();
    return new PageSlice<>(page.stream().map(CatalogueService::view).toList(), total, f, s);
  }

  public TemplateView getTemplate(String code) {
    return view(template(code));
  }

  public Optional<TemplateView> findTemplate(String code) {
    return em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(CatalogueService::view);
  }

  /** Creates or changes a path template (administrators); a stale version is refused. */
  @RolesAllowed(Role.Names.ADMIN)
  public TemplateView saveTemplate(@NotNull @Valid TemplateForm form, long expectedVersion) {
    CertificationVersion target =
        form.versionCode() == null || form.versionCode().isBlank()
            ? null
            : em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
                .setParameter("code", form.versionCode())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("version", form.versionCode()));
    Map<TrainingModule, Integer> ranks = new java.util.LinkedHashMap<>();
    for (TemplateForm.StepForm st : form.steps()) {
      if (st.rank() < 1 || st.rank() > 20) {
        throw new InvalidInputException("path.template.rank");
      }
      if (ranks.put(module(st.moduleCode()), st.rank()) != null) {
        throw new InvalidInputException("path.template.duplicateModule");
      }
    }
    PathTemplate t =
        em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
            .setParameter("code", form.code())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (t == null) {
      t = new PathTemplate(form.code(), form.title(), form.kind());
      em.persist(t);
    } else {
      if (t.getVersion() != expectedVersion) {
        throw new ConcurrentEditException();
      }
      if (t.getKind() != form.kind()) {
        throw new InvalidInputException("path.template.kindFixed");
      }
      em.lock(t, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    try {
      t.describe(form.title(), blank(form.objective()), target);
      t.allowance(form.firstYearModules(), form.yearlyModules());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("path.template.versionRequired");
    }
    t.arrange(ranks);
    em.flush();
    audit.record(AuditKind.CATALOGUE_CHANGED, access.caller(), "path:" + t.getCode(), t.getTitle());
    return view(t);
  }

  private PathTemplate template(String code) {
    return em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("path", code));
  }

  static TemplateView view(PathTemplate t) {
    List<TemplateView.Step> steps =
        t.getSteps().stream()
            .map(
                s ->
                    new TemplateView.Step(
                        s.getRank(),
                        s.getModule().getCode(),
                        s.getModule().getTitle(),
                        s.getModule().getHours()))
            .toList();
    return new TemplateView(
        t.getCode(),
        t.getTitle(),
        t.getObjective(),
        t.getKind(),
        t.getCertificationVersion() == null ? null : t.getCertificationVersion().getCode(),
        t.getFirstYearModules(),
        t.getYearlyModules(),
        steps,
        steps.stream().mapToInt(TemplateView.Step::hours).sum(),
        t.getVersion());
  }

  /**
   * Coming cohorts (not ended) of each module, soonest first, at most {@link #OFFERS_SHOWN}; for a
   * module without any, the organisations offering it. Two queries whatever the number of modules.
   */
  public Map<Long, List<ModuleOffer>> offers(Collection<Long> moduleIds, LocalDate today) {
    Map<Long, List<ModuleOffer>> out = new HashMap<>();
    if (moduleIds.isEmpty()) {
      return out;
    }
    for (Object[] r :
        em.createQuery(
                "SELECT m.id, c.id, c.title, o.name, c.startDate, c.endDate FROM TrainingModule m"
                    + " JOIN m.cohorts c JOIN c.organisation o WHERE m.id IN :ids AND c.endDate >= :today"
                    + " ORDER BY c.startDate, c.id",
                Object[].class)
            .setParameter("ids", moduleIds)
            .setParameter("today", today)
            .getResultList()) {
      List<ModuleOffer> list = out.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
      if (list.size() < OFFERS_SHOWN) {
        list.add(
            new ModuleOffer(
                (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (LocalDate) r[5]));
      }
    }
    for (Object[] r :
        em.createQuery(
                "SELECT m.id, o.name FROM TrainingModule m JOIN m.organisations o WHERE m.id IN :ids"
                    + " ORDER BY o.name",
                Object[].class)
            .setParameter("ids", moduleIds)
            .getResultList()) {
      Long id = (Long) r[0];
      if (!out.containsKey(id) || out.get(id).stream().allMatch(x -> x.cohortId() == null)) {
        out.computeIfAbsent(id, k -> new ArrayList<>())
            .add(new ModuleOffer(null, null, (String) r[1], null, null));
      }
    }
    return out;
  }

  static String label(Block b) {
    String t = b.getTitle() == null || b.getTitle().isBlank() ? "" : " — " + b.getTitle();
    return b.getCertificationVersion().getCode() + " " + b.getCode() + t;
  }

  private ModuleView view(TrainingModule m) {
    return view(
        m, offers(List.of(m.getId()), LocalDate.now(ZONE)).getOrDefault(m.getId(), List.of()));
  }

  private ModuleView view(TrainingModule m, List<ModuleOffer> offers) {
    return new ModuleView(
        m.getId(),
        m.getCode(),
        m.getTitle(),
        m.getDescription(),
        m.getKind(),
        m.getHours(),
        m.getBlock() == null ? null : label(m.getBlock()),
        m.getBlock() == null ? null : m.getBlock().getId(),
        m.getPrerequisites().stream().map(CatalogueService::label).sorted().toList(),
        m.getCompetences().stream()
            .sorted(Comparator.comparing(Competence::getId))
            .map(Competence::getTitle)
            .toList(),
        m.getPixCompetences().stream().map(p -> p.getCode() + " " + p.getTitle()).sorted().toList(),
        m.getOrganisations().stream().map(TrainingOrganisation::getName).sorted().toList(),
        offers,
        m.isActive(),
        m.getVersion(),
        m.getPrerequisites().stream().map(Block::getId).collect(Collectors.toSet()),
        m.getCompetences().stream().map(Competence::getId).collect(Collectors.toSet()),
        m.getPixCompetences().stream().map(PixCompetence::getCode).collect(Collectors.toSet()));
  }

  /** Fetches a page's collections in one query each (no N+1). */
  static <T> TypedQuery<T> batched(TypedQuery<T> q) {
    return q.setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "m.block")
        .setHint("eclipselink.batch", "m.prerequisites")
        .setHint("eclipselink.batch", "m.competences")
        .setHint("eclipselink.batch", "m.pixCompetences")
        .setHint("eclipselink.batch", "m.organisations");
  }

  private TrainingModule module(String code) {
    return find(code).orElseThrow(() -> new ObjectNotFoundException("module", code));
  }

  private Optional<TrainingModule> find(String code) {
    return em.createNamedQuery("TrainingModule.findByCode", TrainingModule.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private Block block(long id) {
    Block b = em.find(Block.class, id);
    if (b == null) {
      throw new ObjectNotFoundException("block", id);
    }
    return b;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

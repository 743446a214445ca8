package fr.capacite.infrastructure.persistence;

import fr.capacite.application.cohort.DemoActivityLoader;
import fr.capacite.application.cohort.DemoCohortLoader;
import fr.capacite.application.cohort.ProgrammeLoader;
import fr.capacite.application.identity.DemoAccountLoader;
import fr.capacite.application.jury.DemoJuryLoader;
import fr.capacite.application.library.DemoLibraryLoader;
import fr.capacite.application.organisation.DemoOrganisationLoader;
import fr.capacite.application.path.DemoPathLoader;
import fr.capacite.application.path.DemoPositioningLoader;
import fr.capacite.application.referential.ReferenceDataLoader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * After the schema is migrated: loads missing reference data, and the demo accounts when the system
 * property {@code capacite.demo} is true (the run command sets it). Idempotent.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
public class StartupData {

  /** System property that turns demo data on. */
  public static final String DEMO_PROPERTY = "capacite.demo";

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @EJB private ReferenceDataLoader referenceData;
  @EJB private DemoAccountLoader demoAccounts;
  @EJB private DemoOrganisationLoader demoOrganisations;
  @EJB private ProgrammeLoader programmes;
  @EJB private DemoCohortLoader demoCohorts;
  @EJB private DemoActivityLoader demoActivity;
  @EJB private DemoJuryLoader demoJuries;
  @EJB private DemoPathLoader demoPaths;
  @EJB private DemoPositioningLoader demoPositioning;
  @EJB private DemoLibraryLoader demoLibrary;
  @EJB private fr.capacite.application.logbook.DemoLogbookLoader demoLogbooks;
  @EJB private fr.capacite.application.jury.PvRecordBackfill pvRecords;

  @PostConstruct
  void load() {
    int reference = referenceData.loadMissing() + programmes.loadMissing();
    LOG.info(() -> "Reference data: " + reference + " object(s) created");
    if (Boolean.getBoolean(DEMO_PROPERTY)) {
      int accounts = demoAccounts.loadMissing();
      int organisations = demoOrganisations.loadMissing();
      int cohorts = demoCohorts.loadMissing() + demoActivity.loadMissing();
      int juries = demoJuries.loadMissing();
      int paths = demoPaths.loadMissing() + demoPositioning.loadMissing();
      int resources = demoLibrary.loadMissing();
      int logged = demoLogbooks.loadMissing();
      LOG.info(
          () ->
              "Demo data: "
                  + accounts
                  + " account(s), "
                  + organisations
                  + " organisation(s), "
                  + cohorts
                  + " cohort(s), "
                  + juries
                  + " juror profile(s) and session(s), "
                  + paths
                  + " catalogue entries, "
                  + resources
                  + " resource(s), "
                  + logged
                  + " logbook entries created");
    }
    int sealed = pvRecords.sealUnrecorded();
    if (sealed > 0) {
      LOG.info(() -> "Signed PVs recorded: " + sealed);
    }
  }
}

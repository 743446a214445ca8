package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.JuryTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsJuror;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsSecondJuror;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** R9: the PV is signed by every juror with their password, then frozen; amendments; results. */
@ExtendWith(ArquillianExtension.class)
class PvIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ExamSessionService sessions;
  @EJB private ScoringService scoring;
  @EJB private PvService pv;
  @EJB private fr.capacite.application.shared.DocumentSigner signer;
  @EJB private CalibrationService calibration;
  @EJB private fr.capacite.testing.RunAsAdmin asAdmin;
  @EJB private fr.capacite.application.cohort.QualityService quality;
  @EJB private JuryTestData data;
  @EJB private fr.capacite.application.shared.AuditService audit;
  @EJB private fr.capacite.testing.PathTestData paths;
  @EJB private RunAsManager asManager;
  @EJB private RunAsJuror first;
  @EJB private RunAsSecondJuror second;
  @EJB private RunAsMediator asLearner;

  private static String key(Exception e) {
    return ((InvalidInputException) e).getMessageKey();
  }

  private static Map<String, Integer> all(SheetView v, int score) {
    Map<String, Integer> m = new HashMap<>();
    v.blocks().forEach(b -> b.items().forEach(i -> m.put(i.key(), score)));
    return m;
  }

  @Test
  void r9TheSignedPvIsFrozenAmendmentsKeepTheOriginalAndResultsArePublished() throws Exception {
    LocalDate day = FrenchTime.today();
    JuryTestData.Centre c = data.centre(day);
    String trainer = ReferentialTestData.unique("pvt").toLowerCase();
    data.user("it-mediator", Role.MEDIATOR);
    long cohortId = data.cohort(c, day.minusMonths(1), trainer, List.of("it-mediator"));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "PV",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(c.blocks().get("CCP1"), c.blocks().get("CCP2")),
                        c.siteId(),
                        day,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    data.juror("it-juror", day, true);
    data.juror("it-juror2", day, true);
    data.password("it-juror", "mot de passe du juré 1");
    data.password("it-juror2", "mot de passe du juré 2");
    asManager.run(() -> sessions.assignJuror(id, "it-juror"));
    asManager.run(() -> sessions.assignJuror(id, "it-juror2"));
    asManager.run(() -> sessions.openForScoring(id));
    long candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0).id();
    long ccp1 = c.blocks().get("CCP1");
    long ccp2 = c.blocks().get("CCP2");
    Map<Long, Boolean> proposals = Map.of(ccp1, true, ccp2, false);
    SheetView one = first.call(() -> scoring.getSheet(candidate));
    first.call(
        () ->
            scoring.submitSheet(candidate, one.entityVersion(), all(one, 3), proposals, Map.of()));
    SheetView two = second.call(() -> scoring.getSheet(candidate));
    second.call(
        () ->
            scoring.submitSheet(candidate, two.entityVersion(), all(two, 3), proposals, Map.of()));
    first.run(() -> scoring.decide(candidate, ccp1, true, null));
    first.run(() -> scoring.decide(candidate, ccp2, false, "Projet d'espace non présenté"));
    first.run(() -> scoring.closeDeliberation(id));

    // R9: each juror signs with their own password, once.
    assertEquals(
        "jury.pv.badPassword",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> pv.sign(id, "pas le bon".toCharArray())))));
    first.run(() -> pv.sign(id, "mot de passe du juré 1".toCharArray()));
    assertEquals(
        "jury.pv.alreadySigned",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> pv.sign(id, "mot de passe du juré 1".toCharArray())))));
    assertEquals(ExamStatus.DELIBERATED, asManager.call(() -> pv.getPv(id)).status());
    second.run(() -> pv.sign(id, "mot de passe du juré 2".toCharArray()));
    PvView signed = asManager.call(() -> pv.getPv(id));
    assertEquals(ExamStatus.SIGNED, signed.status());
    assertTrue(signed.jury().stream().allMatch(j -> j.signedAt() != null));
    assertTrue(signed.candidates().get(0).partialSuccess());

    // Frozen: no decision changes; a correction is an amendment that keeps the original.
    assertEquals(
        "jury.deliberation.notOpen",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> first.run(() -> scoring.decide(candidate, ccp2, true, null)))));
    assertEquals(
        "jury.pv.amendReasonRequired",
        key(
            assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> pv.amend(candidate, ccp2, true, " ")))));

    asManager.run(() -> pv.publish(id));
    PvView published = asManager.call(() -> pv.getPv(id));
    assertEquals(ExamStatus.PUBLISHED, published.status());
    String code = published.candidates().get(0).verificationCode();
    assertNotNull(code);
    Verification check = pv.verify(code.toLowerCase(Locale.ROOT));
    assertEquals(Boolean.TRUE, check.blocks().get(0).acquired());
    assertEquals(Boolean.FALSE, check.blocks().get(1).acquired());
    assertThrows(ObjectNotFoundException.class, () -> pv.verify("NOPE000000"));

    CandidateResults mine = asLearner.call(() -> pv.myResults());
    assertTrue(mine.sessions().stream().anyMatch(s -> s.sessionId() == id));
    assertTrue(
        mine.history().stream()
            .anyMatch(
                h ->
                    h.blockCode().equals("CCP2")
                        && !h.acquired()
                        && h.sessionTitle().equals("PV")));

    asManager.run(() -> pv.amend(candidate, ccp2, true, "Erreur de saisie au PV, grille complète"));
    PvView amended = asManager.call(() -> pv.getPv(id));
    assertEquals(1, amended.amendments().size());
    assertFalse(amended.amendments().get(0).oldAcquired(), "the signed decision is kept");
    assertTrue(amended.candidates().get(0).blocks().get(1).amended());
    assertEquals(
        Boolean.TRUE, pv.verify(code).blocks().get(1).acquired(), "the correction is in force");
    // The audit log names each decision, each signature and the amendment by its kind.
    var log =
        asAdmin.call(
            () ->
                audit.search(
                    new fr.capacite.application.shared.AuditService.Filter(null, "", null, null),
                    0,
                    200));
    assertTrue(
        log.items().stream()
            .anyMatch(
                e ->
                    e.getKind() == fr.capacite.domain.shared.AuditKind.JURY_DECISION
                        && e.getSubject().equals("exam-candidate:" + candidate)
                        && e.getDetail()
                            .equals("CCP2 not acquired: Projet d'espace non présenté")));
    assertEquals(
        3,
        log.items().stream()
            .filter(
                e ->
                    e.getKind() == fr.capacite.domain.shared.AuditKind.PV_SIGNED
                        && e.getSubject().equals("exam-session:" + id))
            .count(),
        "two signatures, then the seal");
    assertTrue(
        log.items().stream()
            .anyMatch(
                e ->
                    e.getKind() == fr.capacite.domain.shared.AuditKind.PV_AMENDED
                        && e.getDetail().startsWith("amendment CCP2 false -> true")));

    // Credentials: CCP1 at publication, CCP2 once the amendment grants it; withdrawn, it is
    // revoked.
    java.util.function.Predicate<String> ccp2Credential =
        x -> x.startsWith("BLOCK|CCP2 du titre professionnel Version « Développer »");
    assertTrue(
        paths.credentials("it-mediator").stream()
            .anyMatch(
                x -> x.startsWith("BLOCK|CCP1 du titre professionnel Version « Accompagner »")));
    assertTrue(
        paths.credentials("it-mediator").stream()
            .anyMatch(ccp2Credential.and(x -> x.endsWith("|-"))));
    asManager.run(
        () -> pv.amend(candidate, ccp2, false, "Double saisie : décision initiale rétablie"));
    assertTrue(
        paths.credentials("it-mediator").stream()
            .anyMatch(ccp2Credential.and(x -> x.endsWith("décision initiale rétablie"))),
        paths.credentials("it-mediator").toString());
    asManager.run(() -> pv.amend(candidate, ccp2, true, "Erreur de saisie au PV, grille complète"));

    // The centre's quality dashboard now shows the success per block of its trained learners.
    var report =
        asManager.call(
            () -> quality.organisationReport(c.organisationId(), day.minusYears(1), day));
    var ccp1Success =
        report.success().stream()
            .filter(x -> x.blockCode().equals("CCP1"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, ccp1Success.sat());
    assertEquals(100.0, ccp1Success.rate());

    // R10: administrators compare outcomes by modality.
    var onSite =
        asAdmin.call(() -> calibration.outcomesByModality(day)).stream()
            .filter(o -> o.modality() == ExamModality.ON_SITE)
            .findFirst()
            .orElseThrow();
    assertTrue(onSite.decided() >= 2 && onSite.candidates() >= 1, onSite.toString());

    String csv = asManager.call(() -> pv.ministryCsv(id));
    assertTrue(csv.startsWith("session;candidat_identifiant;"), csv);
    assertTrue(csv.contains(";it-mediator;"), csv);
    byte[] pdf = JuryDocuments.pvPdf(amended, Locale.FRENCH);
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    PvView own = asLearner.call(() -> pv.resultOf(candidate));
    assertEquals(1, own.candidates().size());
  }

  /**
   * R9: the PV is stored whole at signature. Deleting the equivalence the title rested on, renaming
   * a block and the candidate afterwards changes nothing in the PV, its check, its CSV or the title
   * credential; only an amendment does, as a new revision that keeps the original.
   */
  @Test
  void r9TheStoredPvOutlivesChangesToTheReferential() throws Exception {
    LocalDate day = FrenchTime.today();
    JuryTestData.Centre c = data.centre(day);
    String learner = ReferentialTestData.unique("it-holder").toLowerCase(Locale.ROOT);
    data.user(learner, Role.MEDIATOR);
    long ccp1 = c.blocks().get("CCP1");
    long ccp2 = c.blocks().get("CCP2");
    long ccp3 = c.blocks().get("CCP3");
    // CCP1 held through an older version's block and a total equivalence; CCP3 held directly.
    data.result(learner, data.equivalentOldBlock(ccp1), true, day.minusYears(2));
    data.result(learner, ccp3, true, day.minusMonths(3));
    long cohortId = data.cohort(c, day.minusMonths(1), null, List.of(learner));
    long id =
        asManager.call(
            () ->
                sessions.createSession(
                    c.organisationId(),
                    new ExamSessionForm(
                        "PV enregistré",
                        c.versionId(),
                        ExamKind.CCP,
                        List.of(ccp2),
                        c.siteId(),
                        day,
                        ExamModality.ON_SITE)));
    asManager.call(() -> sessions.addCohortCandidates(id, cohortId));
    data.juror("it-juror", day, true);
    data.juror("it-juror2", day, true);
    data.password("it-juror", "mot de passe du juré 1");
    data.password("it-juror2", "mot de passe du juré 2");
    asManager.run(() -> sessions.assignJuror(id, "it-juror"));
    asManager.run(() -> sessions.assignJuror(id, "it-juror2"));
    asManager.run(() -> sessions.openForScoring(id));
    long candidate = asManager.call(() -> sessions.getSession(id)).candidates().get(0).id();
    SheetView one = first.call(() -> scoring.getSheet(candidate));
    first.call(
        () ->
            scoring.submitSheet(
                candidate, one.entityVersion(), all(one, 3), Map.of(ccp2, true), Map.of()));
    SheetView two = second.call(() -> scoring.getSheet(candidate));
    second.call(
        () ->
            scoring.submitSheet(
                candidate, two.entityVersion(), all(two, 3), Map.of(ccp2, true), Map.of()));
    first.run(() -> scoring.decide(candidate, ccp2, true, null));
    first.run(() -> scoring.closeDeliberation(id));
    first.run(() -> pv.sign(id, "mot de passe du juré 1".toCharArray()));
    second.run(() -> pv.sign(id, "mot de passe du juré 2".toCharArray()));
    asManager.run(() -> pv.publish(id));

    PvView before = asManager.call(() -> pv.getPv(id));
    PvView.CandidateResult granted = before.candidates().get(0);
    assertTrue(granted.titleGranted(), "CCP1 by equivalence, CCP2 now, CCP3 before");
    assertTrue(
        granted.heldBefore().stream()
            .anyMatch(g -> g.blockCode().equals("CCP1") && g.byEquivalence()),
        granted.heldBefore().toString());
    assertNotNull(before.sealed());
    assertEquals(1, before.sealed().revision());
    String code = granted.verificationCode();
    String csv = asManager.call(() -> pv.ministryCsv(id));
    java.util.function.Predicate<String> title = x -> x.startsWith("TITLE|");
    assertTrue(
        paths.credentials(learner).stream().anyMatch(title.and(x -> x.endsWith("|-"))),
        paths.credentials(learner).toString());

    // Dated by the decision, the session's day, not by the day of publication.
    assertEquals(
        day.atStartOfDay(FrenchTime.ZONE).toInstant().toString(),
        fr.capacite.application.credential.OpenBadges.payload(
                paths.firstJws(learner, fr.capacite.domain.credential.CredentialKind.TITLE))
            .orElseThrow()
            .getString("validFrom"));

    data.rewriteAfterSignature(ccp1, ccp2, learner);

    PvView after = asManager.call(() -> pv.getPv(id));
    assertEquals(before, after, "the signed PV reads the same, word for word");
    assertEquals(before.sealed().hash(), after.sealed().hash());
    assertEquals(csv, asManager.call(() -> pv.ministryCsv(id)));
    Verification check = pv.verify(code);
    assertTrue(check.titleGranted(), "the public check still says the title is granted");
    assertEquals(before.sealed().hash(), check.sealed().hash());
    PvView publicPv = pv.verifyPv(before.sealed().code());
    assertEquals(granted.name(), publicPv.candidates().get(0).name());
    assertTrue(
        paths.credentials(learner).stream().anyMatch(title.and(x -> x.endsWith("|-"))),
        "the title credential stays valid");
    // The platform seals the PV it issues (PAdES): one signature, named after the platform.
    byte[] sealedPdf = signer.sign(JuryDocuments.pvPdf(after, Locale.FRENCH), "PV");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(sealedPdf)) {
      assertEquals(1, doc.getSignatureDictionaries().size());
      var sig = doc.getSignatureDictionaries().get(0);
      assertEquals(fr.capacite.application.shared.DocumentSigner.SIGNER, sig.getName());
      assertEquals("ETSI.CAdES.detached", sig.getSubFilter());
    }

    // An amendment withdrawing CCP2 withdraws the title: a new revision, the original kept.
    asManager.run(() -> pv.amend(candidate, ccp2, false, "Erreur de report au procès-verbal"));
    PvView amended = asManager.call(() -> pv.getPv(id));
    assertEquals(2, amended.sealed().revision());
    assertFalse(amended.candidates().get(0).titleGranted());
    assertFalse(pv.verify(code).titleGranted());
    List<PvView.Sealed> revisions = asManager.call(() -> pv.revisions(id));
    assertEquals(2, revisions.size());
    assertEquals(before.sealed().hash(), revisions.get(0).hash(), "revision 1 never changes");
    assertEquals(
        before.sealed().hash(),
        fr.capacite.domain.jury.PvRecord.sha256(asManager.call(() -> pv.recordText(id, 1))));
    assertTrue(
        paths.credentials(learner).stream()
            .anyMatch(title.and(x -> x.endsWith("Erreur de report au procès-verbal"))),
        "the title credential is revoked with the amendment: " + paths.credentials(learner));
    // And granted again, issued again.
    asManager.run(() -> pv.amend(candidate, ccp2, true, "Rétablie après vérification"));
    assertTrue(pv.verify(code).titleGranted());
    assertEquals(
        2,
        paths.credentials(learner).stream().filter(title).count(),
        paths.credentials(learner).toString());
  }
}

package fr.capacite.web.jury;

import fr.capacite.application.jury.DeliberationView;
import fr.capacite.application.jury.ExamSessionDetail;
import fr.capacite.application.jury.ExamSessionService;
import fr.capacite.application.jury.ExamSessionSummary;
import fr.capacite.application.jury.JurorService;
import fr.capacite.application.jury.JurorView;
import fr.capacite.application.jury.JuryDocuments;
import fr.capacite.application.jury.PvService;
import fr.capacite.application.jury.PvView;
import fr.capacite.application.jury.ScoringService;
import fr.capacite.application.jury.SheetView;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Exam sessions as JSON, with the permissions of the pages: a centre's managers see its sessions,
 * jurors the sessions they sit on (with candidates, eligibility, exclusions and jury); anything
 * else is a 404.
 */
@Stateless
@Path("exam-sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class ExamSessionEndpoint {

  @EJB private fr.capacite.application.shared.DocumentSigner signer;
  @EJB private ExamSessionService sessions;
  @EJB private JurorService jurors;
  @EJB private ScoringService scoring;
  @EJB private PvService pv;
  @EJB private fr.capacite.application.jury.EvidenceService evidence;
  @EJB private fr.capacite.application.jury.ExamConvocationService convocations;

  @GET
  public PageSlice<ExamSessionSummary> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return sessions.listSessions(first, size);
  }

  @GET
  @Path("{id}")
  public ExamSessionDetail get(@PathParam("id") long id) {
    return sessions.getSession(id);
  }

  /** The deliberation table of a session (its jurors and its centre's managers). */
  @GET
  @Path("{id}/deliberation")
  public DeliberationView deliberation(@PathParam("id") long id) {
    return scoring.deliberation(id);
  }

  /** The caller's own sheet for a candidate; nobody reads another juror's sheet here. */
  @GET
  @Path("candidates/{candidate}/sheet")
  @RolesAllowed(Role.Names.JUROR)
  public SheetView sheet(@PathParam("candidate") long candidate) {
    return scoring.getSheet(candidate);
  }

  /** Saves (or submits) the caller's own sheet; a stale version is a 409. */
  @PUT
  @Path("candidates/{candidate}/sheet")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.JUROR)
  public SheetView saveSheet(@PathParam("candidate") long candidate, SheetInput in) {
    if (in == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    return in.submit()
        ? scoring.submitSheet(candidate, in.version(), in.scores(), in.proposals(), in.comments())
        : scoring.saveSheet(candidate, in.version(), in.scores(), in.proposals(), in.comments());
  }

  /** The PV as a PDF: the session's jury and managers. */
  @GET
  @Path("{id}/pv.pdf")
  @Produces("application/pdf")
  public Response pvPdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
    PvView v = pv.getPv(id);
    byte[] document = JuryDocuments.pvPdf(v, locale(lang));
    // Once the jury has signed, the platform seals the file too (PAdES): readers show it intact.
    return pdf(
        v.sealed() == null ? document : signed(document, "document.signature.pv", lang),
        "pv-session-" + id + ".pdf");
  }

  /** The results for the Ministry's system, once the PV is signed. */
  @GET
  @Path("{id}/results.csv")
  @Produces("text/csv; charset=UTF-8")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Response resultsCsv(@PathParam("id") long id) {
    return Response.ok(fr.capacite.application.shared.SpreadsheetCsv.BOM + pv.ministryCsv(id))
        .header("Content-Disposition", "attachment; filename=\"resultats-session-" + id + ".csv\"")
        .build();
  }

  /**
   * A candidate's fiche individuelle de résultats: the candidate (once published), jury, managers.
   */
  @GET
  @Path("candidates/{candidate}/result.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR, Role.Names.MEDIATOR})
  public Response resultPdf(
      @PathParam("candidate") long candidate, @QueryParam("lang") String lang) {
    PvView v = pv.resultOf(candidate);
    return pdf(
        signed(
            JuryDocuments.resultPdf(v, v.candidates().get(0), false, locale(lang)),
            "document.signature.result",
            lang),
        "resultats-" + candidate + ".pdf");
  }

  /** A candidate's convocation to the session: the candidate, the centre's managers. */
  @GET
  @Path("candidates/{candidate}/convocation.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.MEDIATOR})
  public Response convocationPdf(
      @PathParam("candidate") long candidate, @QueryParam("lang") String lang) {
    return pdf(
        signed(
            convocations.convocation(candidate, locale(lang)),
            "document.signature.convocation",
            lang),
        "convocation-examen-" + candidate + ".pdf");
  }

  /** The livret de certification, after a partial success. */
  @GET
  @Path("candidates/{candidate}/livret.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR, Role.Names.MEDIATOR})
  public Response livretPdf(
      @PathParam("candidate") long candidate, @QueryParam("lang") String lang) {
    PvView v = pv.resultOf(candidate);
    if (!v.candidates().get(0).partialSuccess()) {
      throw new InvalidInputException("jury.pv.noPartialSuccess");
    }
    return pdf(
        signed(
            JuryDocuments.resultPdf(v, v.candidates().get(0), true, locale(lang)),
            "document.signature.result",
            lang),
        "livret-" + candidate + ".pdf");
  }

  private byte[] signed(byte[] document, String reasonKey, String lang) {
    return signer.sign(document, fr.capacite.web.shared.Messages.text(locale(lang), reasonKey));
  }

  private static Response pdf(byte[] bytes, String name) {
    return Response.ok(bytes)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private static Locale locale(String lang) {
    return fr.capacite.web.shared.LocaleBean.of(lang);
  }

  /** The PV as JSON: decisions in force, signatures, amendments. */
  @GET
  @Path("{id}/pv")
  public PvView pvJson(@PathParam("id") long id) {
    return pv.getPv(id);
  }

  /** Adds a juror to the session (the centre's managers), under R1–R3. */
  @PUT
  @Path("{id}/jury/{username}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public ExamSessionDetail assign(
      @PathParam("id") long id, @PathParam("username") String username) {
    sessions.assignJuror(id, username);
    return sessions.getSession(id);
  }

  /** Removes a juror from a planned session. */
  @DELETE
  @Path("{id}/jury/{username}")
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public ExamSessionDetail unassign(
      @PathParam("id") long id, @PathParam("username") String username) {
    ExamSessionDetail d = sessions.getSession(id);
    long juror =
        d.jury().stream()
            .filter(j -> j.username().equals(username))
            .findFirst()
            .orElseThrow(
                () -> new fr.capacite.application.shared.ObjectNotFoundException("juror", username))
            .userId();
    sessions.unassignJuror(id, juror);
    return sessions.getSession(id);
  }

  /** A candidate's DP, for the session's jury and centre. */
  @GET
  @Path("candidates/{candidate}/dp.pdf")
  @Produces("application/pdf")
  public Response dp(@PathParam("candidate") long candidate) {
    return pdf(evidence.dp(candidate), "dp-" + candidate + ".pdf");
  }

  /** The caller's own juror profile and standing today (R1, R2). */
  @GET
  @Path("me")
  @RolesAllowed(Role.Names.JUROR)
  public JurorView me() {
    return jurors.myProfile();
  }
}

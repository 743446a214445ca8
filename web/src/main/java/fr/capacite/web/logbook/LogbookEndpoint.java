package fr.capacite.web.logbook;

import fr.capacite.application.logbook.DossierService;
import fr.capacite.application.logbook.LogbookService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

/**
 * A mediator's logbook for phones and integrations: entries logged, listed and read as JSON; the
 * whole logbook as a file in La Coop de la médiation numérique's columns and words, then Capacité's
 * own (see {@code LogbookCsv}); and their draft dossier professionnel as a PDF. The caller's own
 * only.
 */
@Stateless
@Path("logbook")
@RolesAllowed(Role.Names.MEDIATOR)
public class LogbookEndpoint {

  @EJB private LogbookService logbook;
  @EJB private DossierService dossiers;

  /**
   * An accompaniment as a phone or an integration sends it: the entry's facts in Capacité's words
   * (the enums' names), its place of activity when it happened at one, and the competences it
   * illustrates (none given: those suggested for its kind, themes and note).
   */
  public record EntryInput(
      LocalDate day,
      LogKind kind,
      Set<LogTheme> themes,
      Integer minutes,
      Integer participants,
      PlaceKind place,
      Long siteId,
      Approach approach,
      Autonomy autonomyBefore,
      Autonomy autonomyAfter,
      LogOutcome outcome,
      String followUpCode,
      String note,
      Set<Long> competences) {}

  /** Logs an accompaniment; 201 with the entry and its address. */
  @POST
  @Path("entries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response log(EntryInput in) {
    if (in == null) {
      throw new InvalidInputException("error.api.badJson");
    }
    PracticeEntry.Facts facts =
        new PracticeEntry.Facts(
            in.day(),
            in.kind(),
            in.themes() == null ? Set.of() : in.themes(),
            in.minutes() == null ? 0 : in.minutes(),
            in.participants() == null ? 1 : in.participants(),
            in.place(),
            in.approach(),
            in.autonomyBefore(),
            in.autonomyAfter(),
            in.outcome(),
            in.followUpCode(),
            in.note());
    Set<Long> competences =
        in.competences() != null
            ? in.competences()
            : Set.copyOf(
                LogbookService.CompetenceChoice.suggested(
                    logbook.competenceChoices(),
                    in.kind(),
                    facts.themes(),
                    in.note() != null && !in.note().isBlank()));
    LogbookService.EntryView logged = logbook.logAndRead(facts, in.siteId(), competences);
    return Response.created(URI.create("logbook/entries/" + logged.id())).entity(logged).build();
  }

  /** The caller's entries, newest first, one page ({@code first}, {@code size} ≤ 100). */
  @GET
  @Path("entries")
  @Produces(MediaType.APPLICATION_JSON)
  public PageSlice<LogbookService.EntryView> entries(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return logbook.mine(LogbookService.Filter.none(), first, size);
  }

  /** One of the caller's entries (another's is a 404). */
  @GET
  @Path("entries/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public LogbookService.EntryView entry(@PathParam("id") long id) {
    return logbook.get(id);
  }

  @GET
  @Path("entries.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response entriesCsv() {
    return Response.ok(logbook.exportCsv(LogbookService.Filter.none()))
        .header("Content-Disposition", "attachment; filename=\"journal-de-pratique.csv\"")
        .build();
  }

  /**
   * The caller's draft dossier professionnel for one of their titles ({@code version}, a
   * certification version's id; none: the title they most likely need), as a PDF/A in the language
   * asked.
   */
  @GET
  @Path("dossier.pdf")
  @Produces("application/pdf")
  public Response dossierPdf(@QueryParam("lang") String lang, @QueryParam("version") Long version) {
    java.util.Locale locale = LocaleBean.of(lang);
    return Response.ok(dossiers.pdf(version, locale))
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + Messages.text(locale, "dossier.pdf.file")
                + "-"
                + fr.capacite.domain.shared.FrenchTime.today()
                + ".pdf\"")
        .build();
  }
}

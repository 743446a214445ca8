package fr.capacite.web.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.SpreadsheetCsv;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.web.shared.ApiDates;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code /api/audit/audit.csv}: the audit log as CSV (administrators), with the page's filters
 * (kind, actor, from and to as yyyy-MM-dd, Paris days). French files use ';', English ones ','.
 * Streamed in batches, so a log of any size leaves in constant memory.
 */
@Stateless
@Path("audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditEndpoint {

  private static final int BATCH = 1000;

  @EJB private AuditService audit;

  @GET
  @Path("audit.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv(
      @QueryParam("kind") String kind,
      @QueryParam("actor") String actor,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    Locale locale = LocaleBean.of(lang);
    AuditService.Filter filter =
        new AuditService.Filter(
            kind(kind),
            actor,
            ApiDates.day(from, "admin.audit.badDate"),
            ApiDates.day(to, "admin.audit.badDate"));
    CSVFormat format = SpreadsheetCsv.format(locale);
    StreamingOutput body =
        out -> {
          var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          // The byte-order mark lets spreadsheets read the file as UTF-8.
          writer.write(SpreadsheetCsv.BOM);
          try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            csv.printRecord(
                Messages.text(locale, "admin.audit.when")
                    + " ("
                    + Messages.text(locale, "admin.audit.zone")
                    + ")",
                Messages.text(locale, "admin.audit.kind"),
                Messages.text(locale, "admin.audit.actor"),
                Messages.text(locale, "admin.audit.subject"),
                Messages.text(locale, "admin.audit.detail"));
            long after = 0;
            List<AuditEvent> batch;
            do {
              batch = audit.exportBatch(filter, after, BATCH);
              for (AuditEvent e : batch) {
                csv.printRecord(
                    Dates.momentToTheSecond(e.getOccurredAt()),
                    Messages.text(locale, "AuditKind." + e.getKind().name()),
                    SpreadsheetCsv.text(e.getActor()),
                    SpreadsheetCsv.text(e.getSubject()),
                    SpreadsheetCsv.text(e.getDetail()));
                after = e.getId();
              }
            } while (batch.size() == BATCH);
          }
        };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"journal-audit.csv\"")
        .build();
  }

  private static AuditKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AuditKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("admin.audit.badKind", value);
    }
  }
}

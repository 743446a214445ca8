package fr.capacite.web.cohort;

import fr.capacite.application.cohort.TrainingDocumentService;
import fr.capacite.application.shared.DocumentSigner;
import fr.capacite.domain.identity.Role;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A learner's training documents as PDF/A, sealed like the other documents Capacité issues: the
 * convocation, the certificate of completion (hours attended) and the end-of-training attestation,
 * for the learner and for their organisation's staff ({@link TrainingDocumentService}).
 */
@Stateless
@Path("enrolments/{id}/documents")
@Produces("application/pdf")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER, Role.Names.MEDIATOR})
public class TrainingDocumentEndpoint {

  @EJB private TrainingDocumentService documents;
  @EJB private DocumentSigner signer;

  @GET
  @Path("convocation.pdf")
  public Response convocation(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return pdf(id, TrainingDocumentService.Kind.CONVOCATION, lang, "convocation-");
  }

  @GET
  @Path("certificate.pdf")
  public Response certificate(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return pdf(id, TrainingDocumentService.Kind.CERTIFICATE, lang, "certificat-realisation-");
  }

  @GET
  @Path("end-of-training.pdf")
  public Response endOfTraining(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return pdf(id, TrainingDocumentService.Kind.END_OF_TRAINING, lang, "attestation-fin-");
  }

  private Response pdf(long id, TrainingDocumentService.Kind kind, String lang, String name) {
    Locale locale = LocaleBean.of(lang);
    byte[] signed =
        signer.sign(
            documents.document(id, kind, locale),
            Messages.text(locale, "document.signature.training"));
    return Response.ok(signed)
        .header("Content-Disposition", "attachment; filename=\"" + name + id + ".pdf\"")
        .build();
  }
}

package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A learner downloads her training documents from her page, as sealed PDFs in her language; another
 * learner and a visitor get none of them.
 */
class TrainingDocumentApiIT extends DeployedEarSupport {

  private static final Pattern LINK =
      Pattern.compile("api/enrolments/(\\d+)/documents/certificate\\.pdf");

  private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path)).header("Accept-Language", "fr").build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theLearnersDocumentsAreHersAndHerOrganisationsOnly() throws Exception {
    HttpClient maya = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    String page = new String(get(maya, "path/index.xhtml").body(), StandardCharsets.UTF_8);
    Matcher m = LINK.matcher(page);
    assertTrue(m.find(), "her page links her documents");
    String id = m.group(1);
    for (String doc : new String[] {"convocation.pdf", "certificate.pdf"}) {
      for (String lang : new String[] {"fr", "en"}) {
        HttpResponse<byte[]> r =
            get(maya, "api/enrolments/" + id + "/documents/" + doc + "?lang=" + lang);
        assertEquals(200, r.statusCode(), doc);
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(r.body(), 0, 5, StandardCharsets.US_ASCII));
      }
    }
    HttpResponse<byte[]> manager =
        get(
            loggedIn("gestionnaire", DemoAccounts.PASSWORD),
            "api/enrolments/" + id + "/documents/certificate.pdf");
    assertEquals(200, manager.statusCode(), "her organisation's manager");
    assertEquals(
        404,
        get(
                loggedIn("apprenant", DemoAccounts.PASSWORD),
                "api/enrolments/" + id + "/documents/certificate.pdf")
            .statusCode(),
        "another learner");
    assertEquals(
        401,
        get(HttpClient.newHttpClient(), "api/enrolments/" + id + "/documents/certificate.pdf")
            .statusCode(),
        "a visitor");
  }
}

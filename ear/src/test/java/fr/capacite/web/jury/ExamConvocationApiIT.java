package fr.capacite.web.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A candidate finds the convocation to their coming exam session on their results page, as a sealed
 * PDF in their language; the centre's manager gets it too; another learner and a visitor get none.
 */
class ExamConvocationApiIT extends DeployedEarSupport {

  private static final Pattern LINK =
      Pattern.compile("api/exam-sessions/candidates/(\\d+)/convocation\\.pdf");

  private HttpResponse<byte[]> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theConvocationIsTheCandidatesAndTheCentresOnly() throws Exception {
    String candidate = null;
    String learner = null;
    String other = null;
    // The demo's session of today has the learners of a CCP1 cohort as candidates.
    for (String who : List.of("apprenant", "mediatrice", "conseiller")) {
      HttpClient http = loggedIn(who, DemoAccounts.PASSWORD);
      String page = new String(get(http, "path/results.xhtml").body(), StandardCharsets.UTF_8);
      Matcher m = LINK.matcher(page);
      if (m.find() && candidate == null) {
        candidate = m.group(1);
        learner = who;
      } else if (!page.contains("/convocation.pdf")) {
        other = who;
      }
    }
    assertNotNull(candidate, "a demo learner sits today's session");
    assertNotNull(other, "a demo learner does not");
    String path = "api/exam-sessions/candidates/" + candidate + "/convocation.pdf";
    for (String lang : new String[] {"fr", "en"}) {
      HttpResponse<byte[]> r =
          get(loggedIn(learner, DemoAccounts.PASSWORD), path + "?lang=" + lang);
      assertEquals(200, r.statusCode());
      assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals("%PDF-", new String(r.body(), 0, 5, StandardCharsets.US_ASCII));
    }
    assertEquals(
        200, get(loggedIn("gestionnaire", DemoAccounts.PASSWORD), path).statusCode(), "the centre");
    assertEquals(
        404, get(loggedIn(other, DemoAccounts.PASSWORD), path).statusCode(), "another learner");
    assertEquals(
        403, get(loggedIn("formatrice", DemoAccounts.PASSWORD), path).statusCode(), "a trainer");
    assertEquals(401, get(HttpClient.newHttpClient(), path).statusCode(), "a visitor");
  }
}

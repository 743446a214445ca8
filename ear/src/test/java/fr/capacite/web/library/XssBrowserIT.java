package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.BrowserSupport;
import fr.capacite.testing.XssPayloads;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * 200 XSS payloads through the library's free-text fields (title, summary, section heading,
 * Markdown text, change summary), then the pages that show them, rendered in Chromium: none may
 * run. Each payload would set {@code window.__xss}; a dialog would fail the page load.
 */
class XssBrowserIT extends BrowserSupport {

  private static String form(List<String> p) {
    JsonArrayBuilder blocks =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("kind", "SECTION").add("heading", p.get(2)))
            .add(
                Json.createObjectBuilder()
                    .add("kind", "TEXT")
                    .add("body", String.join("\n\n", p.subList(3, p.size() - 1))));
    return Json.createObjectBuilder()
        .add("title", p.get(0).length() > 200 ? p.get(0).substring(0, 200) : p.get(0))
        .add("summary", p.get(1))
        .add("themes", Json.createArrayBuilder().add("PARENTALITE"))
        .add("type", "RESSOURCE_PEDAGOGIQUE")
        .add("audiences", Json.createArrayBuilder().add("PARENTS"))
        .add("formats", Json.createArrayBuilder().add("ATELIER_COLLECTIF"))
        .add("durationMinutes", 60)
        .add("level", "DEBUTANT")
        .add("blocks", blocks)
        .add("pixCodes", Json.createArrayBuilder())
        .add("changeSummary", p.get(p.size() - 1))
        .build()
        .toString();
  }

  @Test
  void noPayloadRunsOnThePagesThatShowIt() throws Exception {
    List<String> payloads = XssPayloads.all();
    assertEquals(200, payloads.size());
    HttpClient author = loggedIn("mediatrice", DemoAccounts.PASSWORD);
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i += 10) {
      HttpResponse<String> r =
          author.send(
              HttpRequest.newBuilder(URI.create(root() + "api/library/resources"))
                  .header("Origin", root().replaceAll("/$", ""))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(form(payloads.subList(i, i + 10))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, r.statusCode(), r.body());
      try (var reader = Json.createReader(new StringReader(r.body()))) {
        slugs.add(reader.readObject().getString("slug"));
      }
    }
    browser.loginInFrench("mediatrice", DemoAccounts.PASSWORD);
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    int pages = 0;
    List<String> executed = new ArrayList<>();
    for (String slug : slugs) {
      for (String page :
          List.of("library/resource.xhtml?r=" + slug, "library/history.xhtml?r=" + slug)) {
        browser.get(page);
        browser
            .wait(10)
            .until(d -> js.executeScript("return document.readyState").equals("complete"));
        pages++;
        if (js.executeScript("return window.__xss") != null) {
          executed.add(page);
        }
      }
    }
    // The payloads reached the pages, shown as text: the first title reads as typed.
    browser.get("library/resource.xhtml?r=" + slugs.get(0));
    assertTrue(browser.text().contains(payloads.get(0)), "the title is shown, escaped");
    // The list and search results show the titles too.
    browser.get("library/index.xhtml?q=Atelier");
    pages++;
    if (js.executeScript("return window.__xss") != null) {
      executed.add("library/index.xhtml");
    }
    assertTrue(browser.driver().getCurrentUrl().contains("library"));
    System.out.println(
        "XSS payloads: 200 through 5 free-text fields, "
            + pages
            + " pages rendered in Chromium, "
            + executed.size()
            + " executed");
    assertEquals(List.of(), executed);
  }

  private static jakarta.json.JsonObject object(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }

  /**
   * The other areas' free text, written by other people than the author: proposals (summary,
   * section heading, text) and ratings' comments on published resources, and the catalogue's module
   * titles and descriptions; then the pages that show them, as a curator and a learner.
   */
  @Test
  void noPayloadRunsThroughProposalsRatingsOrTheCatalogue() throws Exception {
    List<String> all = XssPayloads.all();
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 5) {
      sample.add(all.get(i));
    }
    assertEquals(40, sample.size());
    HttpClient proposer = loggedIn("jure", DemoAccounts.PASSWORD);
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    List<String> pages = new ArrayList<>();
    int fields = 0;
    var items =
        object(send(proposer, "GET", "api/library/resources?size=20", null)).getJsonArray("items");
    assertTrue(items.size() >= 10, "published demo resources: " + items.size());
    for (int i = 0; i < items.size(); i++) {
      String slug = items.getJsonObject(i).getString("slug");
      int latest =
          object(send(proposer, "GET", "api/library/resources/" + slug, null)).getInt("latest");
      String summary = sample.get((2 * i) % sample.size());
      String text = sample.get((2 * i + 1) % sample.size());
      String proposal =
          Json.createObjectBuilder()
              .add("basedOn", latest)
              .add("summary", summary)
              .add(
                  "blocks",
                  Json.createArrayBuilder()
                      .add(Json.createObjectBuilder().add("kind", "SECTION").add("heading", text))
                      .add(
                          Json.createObjectBuilder()
                              .add("kind", "TEXT")
                              .add("body", summary + "\n\n" + text)))
              .build()
              .toString();
      HttpResponse<String> proposed =
          send(proposer, "POST", "api/library/resources/" + slug + "/proposals", proposal);
      assertEquals(201, proposed.statusCode(), proposed.body());
      fields += 3;
      pages.add("library/proposal.xhtml?id=" + object(proposed).getJsonNumber("id").longValue());
      HttpResponse<String> rated =
          send(
              proposer,
              "POST",
              "api/library/resources/" + slug + "/ratings",
              Json.createObjectBuilder().add("score", 3).add("comment", text).build().toString());
      assertEquals(200, rated.statusCode(), rated.body());
      fields++;
      pages.add("library/resource.xhtml?r=" + slug);
    }
    for (int i = 0; i < 10; i++) {
      String code = "XSS-" + i;
      String title = sample.get(20 + i);
      String module =
          Json.createObjectBuilder()
              .add("code", code)
              .add("title", title.length() > 200 ? title.substring(0, 200) : title)
              .add("description", sample.get(30 + i))
              .add("kind", "THEMATIC")
              .add("hours", 7)
              .add("active", true)
              .build()
              .toString();
      HttpResponse<String> saved = send(admin, "PUT", "api/catalogue/modules/" + code, module);
      assertEquals(200, saved.statusCode(), saved.body());
      fields += 2;
      pages.add("path/module.xhtml?code=" + code);
    }
    pages.add("path/catalogue.xhtml");
    pages.add("library/reviews.xhtml");

    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    List<String> executed = new ArrayList<>();
    int rendered = 0;
    for (String account : List.of("curateur", "admin")) {
      browser.loginInFrench(account, DemoAccounts.PASSWORD);
      for (String page : pages) {
        browser.get(page);
        browser
            .wait(10)
            .until(d -> js.executeScript("return document.readyState").equals("complete"));
        rendered++;
        if (js.executeScript("return window.__xss") != null) {
          executed.add(account + " " + page);
        }
      }
      browser.logout();
    }
    // The text reached the pages, shown as typed.
    browser.loginInFrench("curateur", DemoAccounts.PASSWORD);
    browser.get(pages.get(0));
    assertTrue(browser.text().contains("Atelier") || browser.text().contains("<"), "shown as text");
    System.out.println(
        "XSS payloads: 40 through "
            + fields
            + " proposal, rating and catalogue fields, "
            + rendered
            + " pages rendered in Chromium, "
            + executed.size()
            + " executed");
    assertEquals(List.of(), executed);
  }
}

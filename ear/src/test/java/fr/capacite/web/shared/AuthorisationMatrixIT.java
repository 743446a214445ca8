package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The authorisation matrix: every REST operation (read from the endpoint classes and their
 * {@code @RolesAllowed}) and every page (read from {@code web.xml}'s constraints), for anonymous
 * and every demo role. Whoever the declared roles leave out must be refused — anonymous with 401 or
 * the login page, a logged-in person with 403 (a write may be refused earlier, 4xx) — and never get
 * a 2xx or a 5xx. Prints "N checks, 0 holes".
 */
class AuthorisationMatrixIT extends DeployedEarSupport {

  /** A demo account and its roles; null for anonymous. */
  private record Caller(String username, Set<String> roles) {}

  private static final List<Caller> CALLERS =
      List.of(
          new Caller(null, Set.of()),
          new Caller("admin", Set.of("ADMIN")),
          new Caller("gestionnaire", Set.of("ORG_MANAGER")),
          new Caller("formatrice", Set.of("TRAINER", "JUROR")),
          new Caller("jure", Set.of("JUROR")),
          new Caller("mediatrice", Set.of("MEDIATOR")),
          new Caller("curateur", Set.of("CURATOR")));

  private record Operation(String method, String path, Set<String> roles) {}

  /** Placeholder values: existing where a name is expected, harmless elsewhere. */
  private static String fill(String template) {
    Matcher m = Pattern.compile("\\{\\s*([a-zA-Z]+)[^}]*}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "slug", "name" -> "x";
            case "username" -> "mediatrice";
            case "code" -> "X";
            case "sha" -> "0".repeat(64);
            case "list" -> "0";
            default -> "1";
          };
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString().replace("//", "/");
  }

  /** Every operation of every endpoint class of the web module, with the roles it declares. */
  private List<Operation> operations() throws Exception {
    File classes = new File("../web/target/classes");
    assertTrue(classes.isDirectory(), "the web module is built before the EAR");
    List<Operation> out = new ArrayList<>();
    try (URLClassLoader loader =
            new URLClassLoader(new URL[] {classes.toURI().toURL()}, getClass().getClassLoader());
        Stream<java.nio.file.Path> files = Files.walk(classes.toPath())) {
      for (java.nio.file.Path f :
          files.filter(p -> p.getFileName().toString().endsWith("Endpoint.class")).toList()) {
        String name = classes.toPath().relativize(f).toString().replace(File.separatorChar, '.');
        Class<?> c = loader.loadClass(name.substring(0, name.length() - ".class".length()));
        Path base = c.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method m : c.getDeclaredMethods()) {
          String verb =
              m.isAnnotationPresent(GET.class)
                  ? "GET"
                  : m.isAnnotationPresent(POST.class)
                      ? "POST"
                      : m.isAnnotationPresent(PUT.class)
                          ? "PUT"
                          : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
          if (verb == null) {
            continue;
          }
          Path sub = m.getAnnotation(Path.class);
          String path = "api/" + base.value() + (sub == null ? "" : "/" + sub.value());
          Set<String> roles;
          if (m.isAnnotationPresent(PermitAll.class)) {
            roles = null;
          } else if (m.isAnnotationPresent(RolesAllowed.class)) {
            roles = Set.of(m.getAnnotation(RolesAllowed.class).value());
          } else if (c.isAnnotationPresent(RolesAllowed.class)) {
            roles = Set.of(c.getAnnotation(RolesAllowed.class).value());
          } else {
            roles = null; // open to anyone (public checks, keys, status lists)
          }
          out.add(new Operation(verb, fill(path), roles));
        }
      }
    }
    assertTrue(out.size() > 50, "the endpoints' operations: " + out.size());
    return out;
  }

  /** Every page and the roles its constraint names (none: open to anyone). */
  private Map<String, Set<String>> pages() throws Exception {
    Map<String, Set<String>> byPattern = new LinkedHashMap<>();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new File("../web/src/main/webapp/WEB-INF/web.xml"));
    NodeList constraints = doc.getElementsByTagName("security-constraint");
    for (int i = 0; i < constraints.getLength(); i++) {
      Element c = (Element) constraints.item(i);
      if (c.getElementsByTagName("http-method").getLength() > 0) {
        continue; // the TRACE ban
      }
      NodeList names = c.getElementsByTagName("role-name");
      // No auth-constraint at all: open to anyone (the public library pages); an empty one: no one.
      Set<String> roles =
          c.getElementsByTagName("auth-constraint").getLength() == 0
              ? null
              : new java.util.HashSet<>();
      for (int j = 0; j < names.getLength(); j++) {
        roles.add(names.item(j).getTextContent().trim());
      }
      NodeList patterns = c.getElementsByTagName("url-pattern");
      for (int j = 0; j < patterns.getLength(); j++) {
        byPattern.put(patterns.item(j).getTextContent().trim(), roles);
      }
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    java.nio.file.Path webapp = Paths.get("../web/src/main/webapp");
    try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
      for (java.nio.file.Path f :
          files
              .filter(p -> p.toString().endsWith(".xhtml"))
              .filter(
                  p -> !p.toString().contains("WEB-INF") && !p.toString().contains("errorpages"))
              .toList()) {
        String page = "/" + webapp.relativize(f).toString().replace(File.separatorChar, '/');
        Set<String> roles = byPattern.get(page);
        if (roles == null && !byPattern.containsKey(page)) {
          String best = null;
          for (String p : byPattern.keySet()) {
            if (p.endsWith("/*")
                && page.startsWith(p.substring(0, p.length() - 1))
                && (best == null || p.length() > best.length())) {
              best = p;
            }
          }
          roles = best == null ? null : byPattern.get(best);
        }
        out.put(page.substring(1), roles);
      }
    }
    assertTrue(out.size() > 40, "the pages: " + out.size());
    return out;
  }

  private HttpResponse<String> send(HttpClient http, String method, String path) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root() + path))
            .header("Accept-Language", "fr")
            .header("Origin", root().replaceAll("/$", ""));
    if ("GET".equals(method)) {
      b.GET();
    } else if ("DELETE".equals(method)) {
      b.DELETE();
    } else {
      String type = path.contains("pix") ? "text/csv" : "application/json";
      b.header("Content-Type", type)
          .method(
              method, HttpRequest.BodyPublishers.ofString(type.equals("text/csv") ? "a;b" : "{}"));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void whoeverTheDeclaredRolesLeaveOutIsRefusedEverywhere() throws Exception {
    List<Operation> operations = operations();
    Map<String, Set<String>> pages = pages();
    List<String> holes = new ArrayList<>();
    int checks = 0;
    for (Caller caller : CALLERS) {
      HttpClient http =
          caller.username() == null
              ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
              : loggedIn(caller.username(), DemoAccounts.PASSWORD);
      for (Operation op : operations) {
        if (op.roles() == null || op.roles().stream().anyMatch(caller.roles()::contains)) {
          continue; // allowed by its roles: what it gives is the services' ownership rules
        }
        checks++;
        int status = send(http, op.method(), op.path()).statusCode();
        boolean refused =
            caller.username() == null
                ? status == 401 || status == 403 || status == 404 || status == 400
                : status == 403 || status == 404 || status == 400 || status == 405;
        if (!refused) {
          holes.add(caller.username() + " " + op.method() + " /" + op.path() + " → " + status);
        }
      }
      for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
        Set<String> roles = page.getValue();
        if (roles == null || roles.stream().anyMatch(caller.roles()::contains)) {
          continue;
        }
        checks++;
        HttpResponse<String> r = send(http, "GET", page.getKey());
        boolean refused =
            caller.username() == null
                ? r.body().contains("id=\"login\"") && !r.body().contains("id=\"currentUser\"")
                : r.statusCode() == 403;
        if (!refused) {
          holes.add(caller.username() + " page /" + page.getKey() + " → " + r.statusCode());
        }
      }
    }
    System.out.println("Authorisation matrix: " + checks + " checks, " + holes.size() + " holes");
    assertEquals(List.of(), holes);
  }

  private static jakarta.json.JsonStructure json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.uri() + " " + r.body());
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
      return reader.read();
    }
  }

  /** One ownership check: who asks, what, and whether ownership lets them have it. */
  private record Variant(String caller, String path, boolean owned, String why) {}

  /**
   * The same operations, by callers whose roles allow them, on what is theirs and on what is not:
   * organisation A or B, a juror on the session's jury or not and excluded from a candidate (R3) or
   * not, a learner's own results or another's. What is not theirs is refused (403 or 404), what is
   * theirs is served (2xx): a refusal for every caller would prove nothing.
   */
  @Test
  void ownershipDecidesWithinTheAllowedRoles() throws Exception {
    HttpClient admin = loggedIn("admin", DemoAccounts.PASSWORD);
    long orgA = -1;
    long orgB = -1;
    for (var o :
        json(send(admin, "GET", "api/organisations?size=200"))
            .asJsonObject()
            .getJsonArray("items")) {
      String name = o.asJsonObject().getString("name");
      if (name.startsWith("Les Ateliers")) {
        orgA = o.asJsonObject().getJsonNumber("id").longValue();
      } else if (name.startsWith("Tiers-Lieu")) {
        orgB = o.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    assertTrue(orgA > 0 && orgB > 0, "the two demo organisations");

    List<Variant> variants = new ArrayList<>();
    // Organisation A (the caller's) or B (another's).
    for (String member : List.of("gestionnaire", "formatrice")) {
      for (long org : List.of(orgA, orgB)) {
        boolean own = org == orgA;
        variants.add(new Variant(member, "api/organisations/" + org, own, "organisation"));
        variants.add(
            new Variant(member, "api/organisations/" + org + "/sites.csv", own, "organisation"));
        variants.add(
            new Variant(member, "api/cohorts/by-organisation/" + org, own, "organisation"));
      }
    }
    variants.add(
        new Variant("gestionnaire", "api/quality?organisation=" + orgA, true, "organisation"));
    variants.add(
        new Variant("gestionnaire", "api/quality?organisation=" + orgB, false, "organisation"));
    variants.add(
        new Variant("gestionnaire", "api/quality.csv?organisation=" + orgB, false, "organisation"));

    // Jurors: on the session's jury or not; excluded from a candidate or not.
    Map<String, Long> userIds = new LinkedHashMap<>();
    List<String> jurors = List.of("formatrice", "jure", "jure2");
    int sessions = 0;
    for (var summary :
        json(send(admin, "GET", "api/exam-sessions?size=200"))
            .asJsonObject()
            .getJsonArray("items")) {
      long id = summary.asJsonObject().getJsonNumber("id").longValue();
      var detail = json(send(admin, "GET", "api/exam-sessions/" + id)).asJsonObject();
      Set<String> jury = new java.util.HashSet<>();
      for (var j : detail.getJsonArray("jury")) {
        jury.add(j.asJsonObject().getString("username"));
        userIds.put(
            j.asJsonObject().getString("username"),
            j.asJsonObject().getJsonNumber("userId").longValue());
      }
      sessions++;
      for (String juror : jurors) {
        boolean on = jury.contains(juror);
        variants.add(new Variant(juror, "api/exam-sessions/" + id, on, "jury"));
        variants.add(new Variant(juror, "api/exam-sessions/" + id + "/deliberation", on, "jury"));
        for (var c : detail.getJsonArray("candidates")) {
          long candidate = c.asJsonObject().getJsonNumber("id").longValue();
          Long jurorId = userIds.get(juror);
          boolean excluded =
              jurorId != null
                  && c.asJsonObject().getJsonArray("exclusions").stream()
                      .anyMatch(
                          x -> x.asJsonObject().getJsonNumber("jurorId").longValue() == jurorId);
          if (!on || excluded) {
            String why = on ? "excluded (R3)" : "jury";
            variants.add(
                new Variant(
                    juror, "api/exam-sessions/candidates/" + candidate + "/sheet", false, why));
            variants.add(
                new Variant(
                    juror, "api/exam-sessions/candidates/" + candidate + "/dp.pdf", false, why));
            variants.add(
                new Variant(
                    juror,
                    "api/exam-sessions/candidates/" + candidate + "/result.pdf",
                    false,
                    why));
            variants.add(
                new Variant(
                    juror,
                    "api/exam-sessions/candidates/" + candidate + "/livret.pdf",
                    false,
                    why));
          }
        }
      }
      // A learner's own result documents, and nobody else's.
      for (var c : detail.getJsonArray("candidates")) {
        long candidate = c.asJsonObject().getJsonNumber("id").longValue();
        if (!"mediatrice".equals(c.asJsonObject().getString("username"))) {
          variants.add(
              new Variant(
                  "mediatrice",
                  "api/exam-sessions/candidates/" + candidate + "/result.pdf",
                  false,
                  "learner"));
          variants.add(
              new Variant(
                  "mediatrice",
                  "api/exam-sessions/candidates/" + candidate + "/livret.pdf",
                  false,
                  "learner"));
        }
      }
    }
    assertTrue(sessions >= 2, "the demo exam sessions: " + sessions);
    // A learner's plan: the organisation sees it only while the learner is enrolled there.
    variants.add(new Variant("mediatrice", "api/plans/me", true, "learner"));
    variants.add(new Variant("gestionnaire", "api/plans/curateur", false, "learner"));
    variants.add(new Variant("gestionnaire", "api/plans/jure", false, "learner"));
    variants.add(new Variant("formatrice", "api/plans/curateur", false, "learner"));

    Map<String, HttpClient> clients = new LinkedHashMap<>();
    List<String> holes = new ArrayList<>();
    int owned = 0;
    for (Variant v : variants) {
      HttpClient http = clients.get(v.caller());
      if (http == null) {
        http = loggedIn(v.caller(), DemoAccounts.PASSWORD);
        clients.put(v.caller(), http);
      }
      int status = send(http, "GET", v.path()).statusCode();
      boolean ok = v.owned() ? status >= 200 && status < 300 : status == 403 || status == 404;
      if (v.owned()) {
        owned++;
      }
      if (!ok) {
        holes.add(
            v.caller()
                + " GET /"
                + v.path()
                + " ("
                + v.why()
                + (v.owned() ? ", own" : ", not theirs")
                + ") → "
                + status);
      }
    }
    System.out.println(
        "Ownership matrix: "
            + variants.size()
            + " checks ("
            + owned
            + " on their own, "
            + (variants.size() - owned)
            + " on another's), "
            + holes.size()
            + " holes");
    assertEquals(List.of(), holes);
  }
}

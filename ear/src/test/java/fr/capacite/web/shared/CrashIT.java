package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Http;
import fr.capacite.testing.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} on the server in the middle of a burst of score-sheet saves and resource edits
 * through the API: after a restart every write a client had been told was saved is there, and no
 * write is half there. A write whose answer never came (cut by the kill) may be there or not, but
 * whole. On embedded Derby and on PostgreSQL.
 */
class CrashIT {

  private static final int SCORE_SAVES = 1000;
  private static final int RESOURCE_EDITS = 200;
  private static final String SESSION = "CCP1 Médiateur numérique — session de l'hiver";

  @Test
  void onDerbyEveryAcknowledgedWriteSurvivesAKill() throws Exception {
    crashDuringABurst("crash-derby", 18481, false);
  }

  @Test
  void onPostgresqlEveryAcknowledgedWriteSurvivesAKill() throws Exception {
    crashDuringABurst("crash-postgresql", 18482, true);
  }

  /** One sheet a juror keeps saving: what the server last acknowledged, and what was in flight. */
  static final class Sheet {
    final String juror;
    final long candidate;
    final List<String> keys;
    volatile long version;
    volatile Map<String, Integer> acknowledged;
    volatile Map<String, Integer> inFlight;
    final AtomicInteger acks = new AtomicInteger();

    Sheet(String juror, long candidate, List<String> keys, long version) {
      this.juror = juror;
      this.candidate = candidate;
      this.keys = keys;
      this.version = version;
    }
  }

  /** One resource the author keeps revising: acknowledged revisions and their texts. */
  static final class Resource {
    final String slug;
    volatile int latest;
    final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    volatile String inFlight;

    Resource(String slug, int latest) {
      this.slug = slug;
      this.latest = latest;
    }
  }

  private void crashDuringABurst(String name, int port, boolean postgres) throws Exception {
    String database = postgres ? "PostgreSQL" : "Derby";
    List<Sheet> sheets = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicInteger scoreAttempts = new AtomicInteger();
    AtomicInteger editAttempts = new AtomicInteger();
    ServerProcess server = ServerProcess.start(name, port, postgres);
    ServerProcess restarted = null;
    try {
      HttpClient manager = server.loggedIn("gestionnaire", DemoAccounts.PASSWORD);
      long session = sessionId(server, manager);
      String status =
          Http.json(get(server, manager, "api/exam-sessions/" + session)).getString("status");
      if ("PLANNED".equals(status)) {
        String answer =
            server.press(
                manager, "jury/session.xhtml?id=" + session, "lifecycle", "lifecycle:open");
        assertTrue(answer.contains("La notation est ouverte."), answer);
      }
      Map<String, HttpClient> jurors = new LinkedHashMap<>();
      for (String juror : List.of("jure", "jure2")) {
        jurors.put(juror, server.loggedIn(juror, DemoAccounts.PASSWORD));
      }
      for (JsonValue c :
          Http.json(get(server, manager, "api/exam-sessions/" + session))
              .getJsonArray("candidates")) {
        long candidate = c.asJsonObject().getJsonNumber("id").longValue();
        for (var j : jurors.entrySet()) {
          HttpResponse<String> r =
              get(server, j.getValue(), "api/exam-sessions/candidates/" + candidate + "/sheet");
          if (r.statusCode() != 200 || Http.json(r).getBoolean("submitted")) {
            continue; // excluded from this candidate (conflict of interest), or already submitted
          }
          JsonObject sheet = Http.json(r);
          List<String> keys = new ArrayList<>();
          for (JsonValue b : sheet.getJsonArray("blocks")) {
            for (JsonValue i : b.asJsonObject().getJsonArray("items")) {
              keys.add(i.asJsonObject().getString("key"));
            }
          }
          sheets.add(
              new Sheet(
                  j.getKey(), candidate, keys, sheet.getJsonNumber("entityVersion").longValue()));
        }
      }
      assertTrue(sheets.size() >= 2, "sheets to save: " + sheets.size());
      HttpClient author = server.loggedIn("mediatrice", DemoAccounts.PASSWORD);
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> created =
            send(
                server,
                author,
                "POST",
                "api/library/resources",
                Http.resourceForm("Atelier " + name + " " + i, "Version 1", "Création"));
        assertEquals(201, created.statusCode(), created.body());
        resources.add(
            new Resource(
                Http.json(created).getString("slug"), Http.json(created).getInt("latest")));
      }

      List<Thread> writers = new ArrayList<>();
      for (Sheet s : sheets) {
        HttpClient http = jurors.get(s.juror);
        writers.add(
            started(
                () -> {
                  while (scoreAttempts.getAndIncrement() < SCORE_SAVES) {
                    Map<String, Integer> scores = new LinkedHashMap<>();
                    int n = s.acks.get();
                    for (int k = 0; k < s.keys.size(); k++) {
                      scores.put(s.keys.get(k), 1 + (n + k) % 4);
                    }
                    s.inFlight = scores;
                    try {
                      HttpResponse<String> r =
                          send(
                              server,
                              http,
                              "PUT",
                              "api/exam-sessions/candidates/" + s.candidate + "/sheet",
                              sheetJson(s.version, scores));
                      if (r.statusCode() != 200) {
                        throw new AssertionError(
                            "save refused: " + r.statusCode() + " " + r.body());
                      }
                      s.version = Http.json(r).getJsonNumber("entityVersion").longValue();
                      s.acknowledged = scores;
                      s.inFlight = null;
                      s.acks.incrementAndGet();
                      acknowledged.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                      return; // the server died under this request: its answer never came
                    }
                  }
                }));
      }
      for (Resource res : resources) {
        writers.add(
            started(
                () -> {
                  while (editAttempts.getAndIncrement() < RESOURCE_EDITS) {
                    String text = "Révision " + (res.latest + 1) + " de " + res.slug;
                    res.inFlight = text;
                    try {
                      HttpResponse<String> r =
                          send(
                              server,
                              author,
                              "PUT",
                              "api/library/resources/" + res.slug + "?basedOn=" + res.latest,
                              Http.resourceForm("Atelier " + res.slug, text, "Relecture"));
                      if (r.statusCode() != 200) {
                        throw new AssertionError(
                            "edit refused: " + r.statusCode() + " " + r.body());
                      }
                      int latest = Http.json(r).getInt("latest");
                      res.acknowledged.put(latest, text);
                      res.latest = latest;
                      res.inFlight = null;
                      acknowledged.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                      return;
                    }
                  }
                }));
      }
      // The power goes when about half the burst is acknowledged.
      int half = (SCORE_SAVES + RESOURCE_EDITS) / 2;
      long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (acknowledged.get() < half && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      server.kill();
      for (Thread t : writers) {
        t.join(Duration.ofMinutes(1).toMillis());
      }
      int acks = acknowledged.get();
      assertTrue(acks >= half, "acknowledged before the kill: " + acks);

      restarted = server.restart();
      int found = 0;
      int inFlightCommitted = 0;
      Map<String, HttpClient> again = new LinkedHashMap<>();
      for (String juror : jurors.keySet()) {
        again.put(juror, restarted.loggedIn(juror, DemoAccounts.PASSWORD));
      }
      for (Sheet s : sheets) {
        JsonObject sheet =
            Http.json(
                get(
                    restarted,
                    again.get(s.juror),
                    "api/exam-sessions/candidates/" + s.candidate + "/sheet"));
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (JsonValue b : sheet.getJsonArray("blocks")) {
          for (JsonValue i : b.asJsonObject().getJsonArray("items")) {
            JsonObject item = i.asJsonObject();
            // JSON-B leaves out a score never given.
            stored.put(
                item.getString("key"),
                item.containsKey("score") && !item.isNull("score") ? item.getInt("score") : null);
          }
        }
        long version = sheet.getJsonNumber("entityVersion").longValue();
        if (s.acknowledged == null) {
          continue; // nothing acknowledged on this sheet before the kill
        }
        if (version == s.version && stored.equals(s.acknowledged)) {
          found += s.acks.get(); // each save superseded the one before: the last one stands
        } else if (s.inFlight != null && stored.equals(s.inFlight)) {
          found +=
              s.acks.get(); // the unanswered save committed, whole, after the last acknowledged
          inFlightCommitted++;
        } else {
          throw new AssertionError(
              database
                  + ": sheet of "
                  + s.juror
                  + " for candidate "
                  + s.candidate
                  + " holds "
                  + stored
                  + " (version "
                  + version
                  + "), acknowledged "
                  + s.acknowledged
                  + " (version "
                  + s.version
                  + "), in flight "
                  + s.inFlight);
        }
      }
      HttpClient author2 = restarted.loggedIn("mediatrice", DemoAccounts.PASSWORD);
      for (Resource res : resources) {
        JsonObject current =
            Http.json(get(restarted, author2, "api/library/resources/" + res.slug));
        int latest = current.getInt("latest");
        if (latest == res.latest + 1) {
          assertTrue(res.inFlight != null, "a revision nobody sent");
          String body =
              get(restarted, author2, "api/library/resources/" + res.slug + "?rev=" + latest)
                  .body();
          assertTrue(body.contains(res.inFlight), "the unanswered edit is whole: " + body);
          inFlightCommitted++;
        } else {
          assertEquals(
              res.latest, latest, database + ": " + res.slug + " lost acknowledged revisions");
        }
        for (var rev : res.acknowledged.entrySet()) {
          HttpResponse<String> r =
              get(restarted, author2, "api/library/resources/" + res.slug + "?rev=" + rev.getKey());
          assertEquals(200, r.statusCode());
          assertTrue(
              r.body().contains(rev.getValue()), "revision " + rev.getKey() + " of " + res.slug);
          found++;
        }
      }
      System.out.printf(
          "kill -9 during a burst (%s): acknowledged %d, found %d (%d score-sheet saves and %d"
              + " resource edits sent); %d unanswered write(s) committed whole, none half-written%n",
          database,
          acks,
          found,
          Math.min(scoreAttempts.get(), SCORE_SAVES),
          Math.min(editAttempts.get(), RESOURCE_EDITS),
          inFlightCommitted);
      assertEquals(acks, found);
    } finally {
      if (restarted != null) {
        restarted.close();
      }
      server.kill();
    }
  }

  private static Thread started(Runnable work) {
    Thread t = new Thread(work);
    t.start();
    return t;
  }

  private static long sessionId(ServerProcess server, HttpClient http) throws Exception {
    for (JsonValue v :
        Http.json(get(server, http, "api/exam-sessions?size=100")).getJsonArray("items")) {
      if (SESSION.equals(v.asJsonObject().getString("title"))) {
        return v.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    throw new AssertionError("no demo session « " + SESSION + " »");
  }

  private static String sheetJson(long version, Map<String, Integer> scores) {
    var s = Json.createObjectBuilder();
    scores.forEach(s::add);
    return Json.createObjectBuilder()
        .add("version", version)
        .add("scores", s)
        .add("submit", false)
        .build()
        .toString();
  }

  private static HttpResponse<String> get(ServerProcess server, HttpClient http, String path)
      throws IOException, InterruptedException {
    return send(server, http, "GET", path, null);
  }

  private static HttpResponse<String> send(
      ServerProcess server, HttpClient http, String method, String path, String json)
      throws IOException, InterruptedException {
    return Http.send(http, server.root(), method, path, json);
  }
}

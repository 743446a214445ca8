package fr.capacite.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Capacité as an operator runs it: {@code ear/run.sh --production} in a process of its own, on the
 * EAR this build made, on the PostgreSQL database {@code <it.pg.database>_server} that {@code
 * .ci/setup.sh} creates for these tests. Its log goes to {@code target/<name>.log}.
 */
public final class ServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final Process process;
  private final int port;
  private final Path log;
  private final String name;
  private final boolean postgres;

  private ServerProcess(Process process, int port, Path log, String name, boolean postgres) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.name = name;
    this.postgres = postgres;
  }

  /** The production database these tests use: its JDBC address. */
  public static String databaseUrl() {
    return "jdbc:postgresql://"
        + System.getProperty("it.pg.host", "localhost")
        + ":"
        + System.getProperty("it.pg.port", "5432")
        + "/"
        + System.getProperty("it.pg.database", "capacite_it")
        + "_server";
  }

  /** A connection to the tests' main database (never the server's): to act on the server's. */
  public static Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + System.getProperty("it.pg.host", "localhost")
            + ":"
            + System.getProperty("it.pg.port", "5432")
            + "/"
            + System.getProperty("it.pg.database", "capacite_it"),
        System.getProperty("it.pg.user", "capacite"),
        System.getProperty("it.pg.password", "capacite"));
  }

  /**
   * Starts a production server with the demo data on {@code port}, data under {@code
   * target/<name>}, and waits until it answers.
   */
  public static ServerProcess start(String name, int port) throws Exception {
    return start(name, port, true, name + ".log");
  }

  /**
   * Starts a server with the demo data: the production one on PostgreSQL, or the default one on
   * embedded Derby (data under {@code target/<name>}, kept across restarts).
   */
  public static ServerProcess start(String name, int port, boolean postgres) throws Exception {
    return start(name, port, postgres, name + ".log");
  }

  private static ServerProcess start(String name, int port, boolean postgres, String logName)
      throws Exception {
    Path script = Path.of("run.sh").toAbsolutePath();
    Path data = Path.of("target", name).toAbsolutePath();
    Path log = Path.of("target", logName).toAbsolutePath();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "bash",
                script.toString(),
                "--port",
                String.valueOf(port),
                "--data",
                data.toString(),
                "--heap",
                "768m"));
    if (postgres) {
      command.addAll(List.of("--production", "--demo", "--db-pool", "16"));
    }
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    environment(pb, port, postgres);
    ServerProcess server = new ServerProcess(pb.start(), port, log, name, postgres);
    server.awaitReady();
    return server;
  }

  /**
   * The environment an operator's script gets here: the tests' server database (or none, for
   * Derby), the public address on {@code port}, and no build (the tests run on the EAR just made).
   */
  public static void environment(ProcessBuilder pb, int port, boolean postgres) {
    Map<String, String> env = pb.environment();
    env.remove("CAPACITE_DB_URL");
    if (postgres) {
      env.put("CAPACITE_DB_URL", databaseUrl());
      env.put("CAPACITE_DB_USER", System.getProperty("it.pg.user", "capacite"));
      env.put("CAPACITE_DB_PASSWORD", System.getProperty("it.pg.password", "capacite"));
    }
    env.put("CAPACITE_URL", "http://localhost:" + port + "/");
    env.put("CAPACITE_NO_BUILD", "1");
  }

  /** Starts the same server again, on the same data (after {@link #kill()}, say). */
  public ServerProcess restart() throws Exception {
    return start(name, port, postgres, name + "-restart.log");
  }

  private void awaitReady() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant until = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new AssertionError("the server stopped while starting:\n" + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the server did not answer within " + START_TIMEOUT + ":\n" + tail());
  }

  /** The server's root address, ending with a slash. */
  public String root() {
    return "http://localhost:" + port + "/";
  }

  /** The last lines of the server's log, for a failure's message. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** An HTTP client logged in through the real login form, as a browser does. */
  public HttpClient loggedIn(String username, String password) throws Exception {
    return Http.logIn(Http.client(new CookieManager()), root(), username, password);
  }

  /**
   * Presses a page's command button as the browser does (a Faces Ajax request with the page's view
   * state and script nonce); the partial response.
   */
  public String press(HttpClient http, String page, String form, String button) throws Exception {
    String html =
        http.send(
                HttpRequest.newBuilder(URI.create(root() + page)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String body =
        Http.encode(form)
            + "="
            + Http.encode(form)
            + "&"
            + Http.encode(button)
            + "="
            + "&jakarta.faces.partial.ajax=true&jakarta.faces.source="
            + Http.encode(button)
            + "&jakarta.faces.partial.execute="
            + Http.encode(button)
            + "&jakarta.faces.partial.render=%40all&primefaces.nonce="
            + Http.encode(Http.first(html, "csp\\.init\\('([^']+)'"))
            + "&jakarta.faces.ViewState="
            + Http.encode(
                Http.first(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
    return http.send(
            HttpRequest.newBuilder(URI.create(root() + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Runs SQL against the tests' main database (for instance to act on the server's). */
  public static void sql(String... statements) throws SQLException {
    try (Connection c = adminConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The name of the server's database. */
  public static String databaseName() {
    return System.getProperty("it.pg.database", "capacite_it") + "_server";
  }

  /** Kills the server at once, as a power cut would ({@code kill -9}). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the server as an operator would (SIGTERM: GlassFish shuts down cleanly). */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}

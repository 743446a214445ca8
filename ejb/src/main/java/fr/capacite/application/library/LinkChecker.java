package fr.capacite.application.library;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.LinkCheck;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks every night that the links readers see still answer; failing ones feed the re-review
 * queue. No transaction is held while waiting for remote servers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkChecker {

  @jakarta.ejb.EJB private fr.capacite.application.shared.JobLeases leases;

  private static final Logger LOG = Logger.getLogger(LinkChecker.class.getName());
  private static final int BATCH = 200;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @EJB private LinkChecks checks;

  private final AtomicBoolean running = new AtomicBoolean();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris", persistent = false)
  void nightly() {
    // once per night across the servers sharing the database
    leases.runOnce(
        "link-check", FrenchTime.today().toString(), java.time.Duration.ofHours(3), this::run);
  }

  /** Checks all links now (curators' button); a run already going is not doubled. */
  @Asynchronous
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public void checkSoon() {
    run();
  }

  /** Checks all links and returns how many were checked (-1 when a run is already going). */
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public int checkNow() {
    return run();
  }

  public boolean isRunning() {
    return running.get();
  }

  private int run() {
    if (!running.compareAndSet(false, true)) {
      return -1;
    }
    try {
      Instant start = Instant.now();
      int n = 0;
      for (int first = 0; ; first += BATCH) {
        List<LinkChecks.Link> page = checks.links(first, BATCH);
        for (LinkChecks.Link l : page) {
          checks.record(l, status(l.url()), Instant.now());
          n++;
        }
        if (page.size() < BATCH) {
          break;
        }
      }
      checks.forgetOlderThan(start);
      int checked = n;
      LOG.info(() -> "link check: " + checked + " links checked");
      return n;
    } finally {
      running.set(false);
    }
  }

  /** The HTTP status of a HEAD (or, when refused, a GET); {@link LinkCheck#NO_ANSWER} if none. */
  int status(String url) {
    try {
      URI uri = URI.create(url);
      int s = send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      if (s == 405 || s == 501 || s == 403) {
        // Some servers refuse HEAD: ask again the ordinary way.
        s = send(HttpRequest.newBuilder(uri).GET());
      }
      return s;
    } catch (IllegalArgumentException e) {
      return LinkCheck.NO_ANSWER;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LinkCheck.NO_ANSWER;
    } catch (Exception e) {
      LOG.log(Level.FINE, "link check failed for " + url, e);
      return LinkCheck.NO_ANSWER;
    }
  }

  private int send(HttpRequest.Builder b) throws Exception {
    return http.send(
            b.timeout(TIMEOUT).header("User-Agent", "Capacite-link-check/1.0").build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}

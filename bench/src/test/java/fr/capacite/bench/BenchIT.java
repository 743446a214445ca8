package fr.capacite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks cannot rot: the documented commands run as a user runs them, on the XS set and for
 * a few seconds per scenario. Nothing here asserts a time; the figures are printed (to this test's
 * report file) and counted only as runs without errors.
 */
class BenchIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theXsSetIsGeneratedAndEveryScenarioRunsWithoutErrors() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-xs-");
    String generated = run(List.of("bench/generate.sh", "--size", "XS", "--data", data.toString()));
    System.out.println(generated);
    assertTrue(generated.contains("Done in"), generated);
    List<String> fixtures = Files.readAllLines(data.resolve("fixtures.txt"));
    for (String kind :
        List.of("juror ", "manager ", "trainer ", "mediator ", "resource ", "offer ")) {
      assertTrue(fixtures.stream().anyMatch(l -> l.startsWith(kind)), "fixtures for " + kind);
    }

    String table =
        run(List.of("bench/load.sh", "--data", data.toString(), "--seconds", "1", "--warmup", "1"));
    System.out.println(table);
    for (String scenario :
        List.of(
            "ceiling",
            "search",
            "public-search",
            "resource-api",
            "resource-page",
            "sheet-read",
            "sheet-save",
            "calendar-json",
            "calendar-page",
            "quality-api",
            "quality-page",
            "quality-national",
            "home",
            "public-library-page",
            "offers-page",
            "offer-page",
            "organisation-page")) {
      assertTrue(
          table.lines().anyMatch(l -> l.startsWith(scenario + " ")), scenario + " in\n" + table);
    }
  }

  /** Runs a script from the project's root; fails with its output unless it exits with 0. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(Path.of("target").toAbsolutePath(), "bench-", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // Ports of their own, away from the other tests' servers.
    pb.environment().put("BENCH_PORT", "18396");
    Process p = pb.start();
    boolean ended = p.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(ended, "still running after 10 minutes:\n" + out);
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
    return out;
  }
}

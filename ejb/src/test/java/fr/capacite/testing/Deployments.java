package fr.capacite.testing;

import fr.capacite.domain.identity.User;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One micro-deployment for the application services: every domain, application and infrastructure
 * package, the persistence and resources modules (entities, migrations, reference data, bundles),
 * and the third-party libraries the EAR ships in {@code lib/}.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive services() {
    checkDatabase();
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "capacite-it.war")
            .addPackages(true, "fr.capacite.application", "fr.capacite.infrastructure")
            .addPackage(Deployments.class.getPackage())
            .addAsLibrary(module(location(User.class), "capacite-persistence.jar"))
            .addAsLibrary(module(resourcesModule(), "capacite-resources.jar"))
            .addAsLibraries(libraries("it-libraries.txt"))
            .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
            .addAsWebInfResource("glassfish-web-it.xml", "glassfish-web.xml")
            .addAsWebInfResource("glassfish-ejb-jar-it.xml", "glassfish-ejb-jar.xml");
    return war;
  }

  /**
   * The jars listed by the build in {@code target/NAME} ({@code dependency:build-classpath} in the
   * pom): Maven resolved them before the tests, so a test never resolves nor downloads anything.
   */
  public static File[] libraries(String name) {
    Path list = Path.of("target", name);
    try {
      String paths = Files.readString(list).strip();
      File[] files =
          Arrays.stream(paths.split(File.pathSeparator))
              .filter(p -> !p.isBlank())
              .map(File::new)
              .toArray(File[]::new);
      for (File f : files) {
        if (!f.isFile()) {
          throw new IllegalStateException(f + " listed in " + list + " is missing");
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(
          list.toAbsolutePath() + " is missing: run the tests through Maven ('mvn verify')", e);
    }
  }

  /** A reactor module as a jar, whether Maven resolved it to a jar or to its classes folder. */
  private static JavaArchive module(File location, String name) {
    if (location.isDirectory()) {
      return ShrinkWrap.create(ExplodedImporter.class, name)
          .importDirectory(location)
          .as(JavaArchive.class);
    }
    return ShrinkWrap.create(ZipImporter.class, name).importFrom(location).as(JavaArchive.class);
  }

  private static File location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The resources module has no class: find it through one of its files. */
  private static File resourcesModule() {
    String marker = "fr/capacite/referential/reference-data.json";
    var url = Deployments.class.getClassLoader().getResource(marker);
    if (url == null) {
      throw new IllegalStateException("resources module not on the test classpath");
    }
    String s = url.toString();
    try {
      if (s.startsWith("jar:")) {
        return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/")))).toFile();
      }
      return Path.of(url.toURI()).getParent().getParent().getParent().getParent().toFile();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A missing PostgreSQL server is a failure with a clear message, never a skip. */
  private static void checkDatabase() {
    if (!"postgres".equals(System.getProperty("arquillian.launch"))) {
      return;
    }
    String url =
        "jdbc:postgresql://"
            + System.getProperty("it.pg.host", "localhost")
            + ":"
            + System.getProperty("it.pg.port", "5432")
            + "/"
            + System.getProperty("it.pg.database", "capacite_it");
    try (var c =
        DriverManager.getConnection(
            url, System.getProperty("it.pg.user"), System.getProperty("it.pg.password"))) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is not reachable at "
              + url
              + " ("
              + e.getMessage()
              + "). Run '.ci/setup.sh' as root first: it installs and starts it.",
          e);
    }
  }
}

package fr.capacite.testing;

import fr.capacite.domain.identity.User;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

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
            .addAsLibraries(
                Maven.configureResolver()
                    .workOffline(Boolean.getBoolean("it.offline"))
                    .loadPomFromFile("pom.xml")
                    .resolve(
                        "org.flywaydb:flyway-core",
                        "org.flywaydb:flyway-database-derby",
                        "org.flywaydb:flyway-database-postgresql",
                        "org.apache.commons:commons-csv",
                        "org.jsoup:jsoup",
                        "org.mnode.ical4j:ical4j",
                        "com.github.librepdf:openpdf",
                        "com.nimbusds:nimbus-jose-jwt",
                        "com.google.zxing:core",
                        "org.commonmark:commonmark",
                        "com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer",
                        "io.github.java-diff-utils:java-diff-utils",
                        "org.apache.lucene:lucene-core",
                        "org.apache.lucene:lucene-analysis-common",
                        "org.apache.lucene:lucene-facet",
                        "org.apache.lucene:lucene-queryparser")
                    .withTransitivity()
                    .asFile())
            .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
            .addAsWebInfResource("glassfish-web-it.xml", "glassfish-web.xml")
            .addAsWebInfResource("glassfish-ejb-jar-it.xml", "glassfish-ejb-jar.xml");
    return war;
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

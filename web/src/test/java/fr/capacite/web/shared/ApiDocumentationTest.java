package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ApiDocumentationTest {

  /**
   * Swagger's classes are not on the server: a class of the WAR that names one makes GlassFish's
   * annotation scanner refuse the whole module. Only the build-time documentation may, and the WAR
   * leaves it out.
   */
  @Test
  void onlyTheBuildTimeDocumentationUsesSwaggerAndTheWarLeavesItOut() throws Exception {
    Path classes = Path.of("target/classes");
    List<String> users;
    try (Stream<Path> files = Files.walk(classes)) {
      users =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .filter(
                  f -> {
                    try {
                      return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                          .contains("io/swagger/");
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(f -> f.getFileName().toString())
              .sorted()
              .toList();
    }
    assertTrue(!users.isEmpty(), "the documentation class is compiled");
    assertEquals(List.of(), users.stream().filter(n -> !n.startsWith("ApiDocumentation")).toList());
    String pom = Files.readString(Path.of("pom.xml"));
    assertTrue(
        pom.contains("WEB-INF/classes/fr/capacite/web/shared/ApiDocumentation*.class"),
        "maven-war-plugin's packagingExcludes leaves ApiDocumentation and its nested classes out");
  }

  @Test
  void pathsAreJoinedAsSwaggerWritesThem() {
    assertEquals("/a/{id}/b", ApiDocumentation.join("a", "{id: \\\\d+}/b"));
    assertEquals("/organisations", ApiDocumentation.join("organisations", ""));
    assertEquals("/x/y", ApiDocumentation.join("/x/", "/y/"));
  }
}

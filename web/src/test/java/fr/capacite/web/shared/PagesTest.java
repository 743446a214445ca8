package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page shows a raw key ({@code ???key???}): every key a page names, literally or as an enum's
 * prefix, and every key the menu builds, exists in French and in English.
 */
class PagesTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern LITERAL = Pattern.compile("msg\\['([A-Za-z0-9_.\\-]+)'\\]");
  private static final Pattern ENUM_PREFIX = Pattern.compile("msg\\['([A-Z][A-Za-z]+)\\.' \\+=");
  private static final java.util.Map<String, String> ALIASES =
      java.util.Map.of("BlockChange", "Change", "ReviewReason", "Reason");
  private static final List<Path> SOURCES =
      List.of(Path.of("../persistence/src/main/java"), Path.of("../ejb/src/main/java"));

  private static Properties bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = PagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static List<String> pages() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        texts.add(Files.readString(f));
      }
    }
    return texts;
  }

  /** Prefixes of keys built from strings rather than enums: each must have at least one key. */
  private static final TreeSet<String> prefixes = new TreeSet<>();

  /** The keys the pages need: literal ones, and one per constant of each enum used as a prefix. */
  private static TreeSet<String> keysPagesNeed() throws Exception {
    TreeSet<String> keys = new TreeSet<>();
    for (String page : pages()) {
      Matcher m = LITERAL.matcher(page);
      while (m.find()) {
        keys.add(m.group(1));
      }
      Matcher e = ENUM_PREFIX.matcher(page);
      while (e.find()) {
        Class<?> type = domainEnum(e.group(1));
        if (type == null) {
          prefixes.add(e.group(1) + ".");
          continue;
        }
        for (Object constant : type.getEnumConstants()) {
          keys.add(e.group(1) + "." + ((Enum<?>) constant).name());
        }
      }
    }
    for (Navigation.Area area : Navigation.AREAS) {
      keys.add(area.key());
      keys.add(area.key() + ".description");
    }
    return keys;
  }

  /**
   * The enum of that simple name in the persistence or EJB sources, top-level or nested; or null.
   */
  private static Class<?> domainEnum(String prefix) throws IOException, ClassNotFoundException {
    // Prefixes named after what they label rather than after their enum.
    String simpleName = ALIASES.getOrDefault(prefix, prefix);
    Pattern declaration = Pattern.compile("\\benum " + simpleName + "\\b");
    for (Path root : SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String source = Files.readString(f);
          if (declaration.matcher(source).find()) {
            String type =
                root.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
            return Class.forName(type.endsWith("." + simpleName) ? type : type + "$" + simpleName);
          }
        }
      }
    }
    return null;
  }

  @Test
  void everyKeyAPageNeedsExistsInFrenchAndEnglish() throws Exception {
    TreeSet<String> needed = keysPagesNeed();
    assertTrue(needed.size() > 500, "the pages were read: " + needed.size() + " keys");
    for (String resource :
        new String[] {
          "fr/capacite/i18n/Messages.properties", "fr/capacite/i18n/Messages_en.properties"
        }) {
      Properties p = bundle(resource);
      TreeSet<String> missing = new TreeSet<>(needed);
      missing.removeAll(p.stringPropertyNames());
      assertTrue(missing.isEmpty(), resource + " lacks " + missing);
      for (String prefix : prefixes) {
        assertTrue(
            p.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)),
            resource + " has no key " + prefix + "*");
      }
    }
  }

  /**
   * A table that pages or sorts posts back to the server: outside a form, its paginator does
   * nothing (the organisation's cohorts past the 20th could not be reached).
   */
  @Test
  void everyTableThatPagesOrSortsSitsInAForm() throws IOException {
    Pattern tag =
        Pattern.compile("<(/?)(h:form|p:dataTable|p:dataView|p:dataList|p:dataGrid)\\b([^>]*)>");
    List<String> outside = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String page = Files.readString(f);
        int forms = 0;
        Matcher m = tag.matcher(page);
        while (m.find()) {
          boolean closing = !m.group(1).isEmpty();
          if (m.group(2).equals("h:form")) {
            forms += closing ? -1 : 1;
          } else if (!closing
              && forms == 0
              && (m.group(3).contains("paginator=\"true\"")
                  || m.group(3).contains("sortBy")
                  || m.group(3).contains("lazy=\"true\""))) {
            outside.add(PAGES.relativize(f) + ": " + m.group(0));
          }
        }
      }
    }
    assertTrue(outside.isEmpty(), "tables outside a form: " + outside);
  }

  /**
   * A bare {@code h:panelGroup} renders no element: in a two-column form its input and message
   * become two cells and every following label lands in the field column.
   */
  @Test
  void noBarePanelGroupSplitsAFieldInTwo() throws IOException {
    List<String> bare = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        if (Files.readString(f).contains("<h:panelGroup>")) {
          bare.add(PAGES.relativize(f).toString());
        }
      }
    }
    assertTrue(bare.isEmpty(), "bare h:panelGroup in " + bare);
  }

  /**
   * Faces escapes every value it writes, except where a page says {@code escape="false"}: that is
   * allowed only for a library block's {@code html()}, Markdown rendered by commonmark and cleaned
   * by the OWASP sanitizer (LibraryViews.BlockView, Markdown.sanitize). Anything else is refused.
   */
  @Test
  void onlySanitisedMarkdownIsWrittenUnescaped() throws IOException {
    java.util.regex.Pattern unescaped =
        java.util.regex.Pattern.compile("<[^<>]*escape=\"false\"[^<>]*>");
    List<String> others = new ArrayList<>();
    int allowed = 0;
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        var m = unescaped.matcher(Files.readString(f));
        while (m.find()) {
          if (m.group().contains("value=\"#{b.html()}\"")) {
            allowed++;
          } else {
            others.add(PAGES.relativize(f) + ": " + m.group());
          }
        }
      }
    }
    assertTrue(others.isEmpty(), "unescaped output: " + others);
    assertTrue(allowed > 0, "the library's Markdown blocks");
  }
}

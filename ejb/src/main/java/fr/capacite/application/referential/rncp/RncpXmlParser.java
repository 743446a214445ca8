package fr.capacite.application.referential.rncp;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Streams the France Compétences XML export: {@code FICHE} elements with {@code NUMERO_FICHE},
 * {@code INTITULE} and {@code BLOCS_COMPETENCES/BLOC_COMPETENCES{CODE, LIBELLE,
 * LISTE_COMPETENCES}}. {@code LISTE_COMPETENCES} is an HTML list, read with jsoup. DTDs and
 * external entities are refused (XXE).
 */
public final class RncpXmlParser {

  private RncpXmlParser() {}

  public static RncpDataset parse(InputStream in, String fileName, LongConsumer progress) {
    // The JDK's own StAX parser, whatever the server puts on the class path: it reports an
    // undeclared entity (an HTML "&eacute;" outside CDATA) as an error with its line.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    RncpDataset data = new RncpDataset();
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new CountingInputStream(in, progress));
      boolean sawRoot = false;
      // Depth of the open element and of the open FICHE: the fiche's title is the INTITULE directly
      // under FICHE; nested ones (NOMENCLATURE_EUROPE/INTITULE "Niveau 5", CODES_NSF/NSF/INTITULE)
      // are not.
      int depth = 0;
      int ficheDepth = -1;
      FicheBuilder fiche = null;
      BlockBuilder block = null;
      // CORRESPONDANCES/CORRESPONDANCE{SOURCE/BLOC_COMPETENCES/CODE, DESTINATION{NUMERO_FICHE,
      // BLOC_COMPETENCES/CODE}}: its BLOC_COMPETENCES and NUMERO_FICHE are not the fiche's own.
      CorrespondenceBuilder correspondence = null;
      boolean inDestination = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName().toUpperCase(java.util.Locale.ROOT);
        int line = xml.getLocation().getLineNumber();
        if (event == XMLStreamConstants.START_ELEMENT) {
          sawRoot = true;
          depth++;
          switch (name) {
            case "FICHE" -> {
              fiche = new FicheBuilder(line);
              ficheDepth = depth;
            }
            case "CORRESPONDANCE" -> {
              correspondence = new CorrespondenceBuilder(line);
              inDestination = false;
            }
            case "DESTINATION" -> inDestination = correspondence != null;
            case "BLOC_COMPETENCES" -> {
              if (correspondence == null) {
                block = new BlockBuilder(line);
              }
            }
            case "NUMERO_FICHE" -> {
              if (correspondence != null) {
                if (inDestination) {
                  correspondence.destinationFiche = text(xml);
                }
              } else if (fiche != null && block == null && depth == ficheDepth + 1) {
                fiche.number = text(xml);
              }
            }
            case "INTITULE" -> {
              if (fiche != null
                  && block == null
                  && correspondence == null
                  && depth == ficheDepth + 1) {
                fiche.title = text(xml);
              }
            }
            case "ACTIF" -> {
              if (fiche != null && block == null && correspondence == null) {
                fiche.active = RncpCsvParser.active(text(xml));
              }
            }
            case "DATE_FIN_ENREGISTREMENT" -> {
              if (fiche != null && block == null && correspondence == null) {
                fiche.end = date(text(xml), name, fileName, line);
              }
            }
            case "DATE_EFFET" -> {
              if (fiche != null && block == null && correspondence == null) {
                fiche.from = date(text(xml), name, fileName, line);
              }
            }
            case "NIVEAU" -> {
              if (fiche != null && block == null && correspondence == null && fiche.level == null) {
                fiche.level = text(xml);
              }
            }
            case "ANCIENNE_CERTIFICATION" -> {
              if (fiche != null) {
                fiche.olds.addAll(numbers(xml));
              }
            }
            case "NOUVELLE_CERTIFICATION" -> {
              if (fiche != null) {
                fiche.news.addAll(numbers(xml));
              }
            }
            case "CODE" -> {
              if (correspondence != null) {
                if (inDestination) {
                  correspondence.destinationBlock = text(xml);
                } else {
                  correspondence.sourceBlock = text(xml);
                }
              } else if (block != null) {
                block.code = text(xml);
              }
            }
            case "LIBELLE" -> {
              if (block != null) {
                block.title = text(xml);
              }
            }
            case "LISTE_COMPETENCES" -> {
              if (block != null) {
                block.competences = competences(xml);
              }
            }
            default -> {
              // other elements (MODALITES_EVALUATION, …) are not part of the referential
            }
          }
          if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
            depth--; // its text was read up to its end tag
          }
        } else if (--depth < 0) {
          depth = 0;
        } else if ("CORRESPONDANCE".equals(name) && correspondence != null) {
          data.add(correspondence.build(fileName));
          correspondence = null;
        } else if ("DESTINATION".equals(name)) {
          inDestination = false;
        } else if ("BLOC_COMPETENCES".equals(name) && block != null) {
          data.add(block.build(fiche == null ? null : fiche.number, fileName));
          block = null;
        } else if ("FICHE".equals(name) && fiche != null) {
          fiche.addTo(data, fileName);
          fiche = null;
        }
      }
      if (!sawRoot) {
        throw new RncpFormatException("emptyFile", fileName, 1);
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
      throw new RncpFormatException("badXml", fileName, line, cleanMessage(e.getMessage()));
    } catch (IllegalStateException | java.util.NoSuchElementException e) {
      // A reader that gives up outside its checked exception: still the file's fault, at its line.
      int line = xml == null ? 1 : Math.max(1, xml.getLocation().getLineNumber());
      throw new RncpFormatException("badXml", fileName, line, cleanMessage(e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
    if (data.isEmpty()) {
      throw new RncpFormatException("noRncpContent", fileName, 1);
    }
    return data;
  }

  /** The items of an HTML list; without list items, the non-empty lines. */
  static List<String> listItems(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    var doc = Jsoup.parseBodyFragment(html);
    List<String> items =
        doc.select("li").stream()
            .map(Element::text)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    if (!items.isEmpty()) {
      return items;
    }
    // "<br>" marks a line break in the export: each line is then one competence
    doc.select("br").forEach(br -> br.after(new org.jsoup.nodes.TextNode("\n")));
    doc.select("p, div").forEach(block -> block.after(new org.jsoup.nodes.TextNode("\n")));
    return doc.body()
        .wholeText()
        .lines()
        .map(s -> s.replaceFirst("^[-•*\\s]+", "").trim())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Reads LISTE_COMPETENCES, whether the HTML list is escaped text (the usual export) or real child
   * elements.
   */
  private static List<String> competences(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder all = new StringBuilder();
    List<String> items = new ArrayList<>();
    StringBuilder item = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if ("li".equalsIgnoreCase(xml.getLocalName())) {
            item = new StringBuilder();
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (item != null && "li".equalsIgnoreCase(xml.getLocalName())) {
            String t = item.toString().trim();
            if (!t.isEmpty()) {
              items.add(t.replaceAll("\\s+", " "));
            }
            item = null;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          all.append(xml.getText());
          if (item != null) {
            item.append(xml.getText());
          }
        }
        default -> {
          // comments and processing instructions carry no competence
        }
      }
    }
    return items.isEmpty() ? listItems(all.toString()) : items;
  }

  /**
   * The fiche numbers an {@code ANCIENNE_CERTIFICATION}/{@code NOUVELLE_CERTIFICATION} names, as
   * its own text ({@code <ANCIENNE_CERTIFICATION>RNCP1</…>}) or in a child ({@code
   * <ID_FICHE_ANCIENNE_CERTIFICATION>RNCP1</…>} in V4.1). Leaves the reader on its end tag.
   */
  private static List<String> numbers(XMLStreamReader xml) throws XMLStreamException {
    List<String> found = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          text.setLength(0);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String t = text.toString().trim();
          if (t.matches(RncpDataset.FICHE_PATTERN)) {
            found.add(t);
          }
          text.setLength(0);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        default -> {
          // nothing else names a fiche
        }
      }
    }
    return found;
  }

  private static String text(XMLStreamReader xml) throws XMLStreamException {
    String t = xml.getElementText();
    return t == null || t.isBlank() ? null : t.trim();
  }

  private static LocalDate date(String value, String element, String file, int line) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, RncpCsvParser.DATE);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException e2) {
        throw new RncpFormatException("badDate", file, line, element, value);
      }
    }
  }

  private static String cleanMessage(String message) {
    if (message == null) {
      return "";
    }
    int i = message.indexOf("Message:");
    String m = i >= 0 ? message.substring(i + 8) : message;
    return m.trim();
  }

  private static final class FicheBuilder {
    final int line;
    String number;
    String title;
    String level;
    LocalDate from;
    LocalDate end;
    Boolean active;
    final List<String> olds = new ArrayList<>();
    final List<String> news = new ArrayList<>();

    FicheBuilder(int line) {
      this.line = line;
    }

    void addTo(RncpDataset data, String file) {
      if (number == null || !number.matches(RncpDataset.FICHE_PATTERN)) {
        throw new RncpFormatException("badFicheNumber", file, line, String.valueOf(number));
      }
      if (title == null) {
        throw new RncpFormatException("emptyField", file, line, "INTITULE");
      }
      data.add(new RncpDataset.Fiche(number, title, level, from, end, active, line));
      olds.stream()
          .filter(o -> o.matches(RncpDataset.FICHE_PATTERN))
          .forEach(o -> data.add(new RncpDataset.Link(o, number, line)));
      news.stream()
          .filter(n -> n.matches(RncpDataset.FICHE_PATTERN))
          .forEach(n -> data.add(new RncpDataset.Link(number, n, line)));
    }
  }

  private static final class CorrespondenceBuilder {
    final int line;
    String sourceBlock;
    String destinationFiche;
    String destinationBlock;

    CorrespondenceBuilder(int line) {
      this.line = line;
    }

    RncpDataset.Equivalence build(String file) {
      for (String code : new String[] {sourceBlock, destinationBlock}) {
        if (code == null || !code.matches("RNCP\\d+BC\\d+")) {
          throw new RncpFormatException("badBlockCode", file, line, String.valueOf(code));
        }
      }
      String fiche =
          destinationFiche != null
              ? destinationFiche
              : destinationBlock.substring(0, destinationBlock.indexOf("BC"));
      if (!fiche.matches(RncpDataset.FICHE_PATTERN)) {
        throw new RncpFormatException("badFicheNumber", file, line, fiche);
      }
      return new RncpDataset.Equivalence(sourceBlock, fiche, destinationBlock, line);
    }
  }

  private static final class BlockBuilder {
    final int line;
    String code;
    String title;
    List<String> competences = List.of();

    BlockBuilder(int line) {
      this.line = line;
    }

    RncpDataset.BlockEntry build(String ficheNumber, String file) {
      if (code == null || !code.matches("RNCP\\d+BC\\d+")) {
        throw new RncpFormatException("badBlockCode", file, line, String.valueOf(code));
      }
      if (title == null) {
        throw new RncpFormatException("emptyField", file, line, "LIBELLE");
      }
      String fiche = ficheNumber != null ? ficheNumber : code.substring(0, code.indexOf("BC"));
      return new RncpDataset.BlockEntry(fiche, code, title, competences, line);
    }
  }
}

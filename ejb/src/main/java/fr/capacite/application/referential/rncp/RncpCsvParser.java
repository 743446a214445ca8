package fr.capacite.application.referential.rncp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses one France Compétences CSV file (';'-separated, UTF-8, dates dd/MM/yyyy). The kind of file
 * is recognised from its header. Any malformed line rejects the whole file, naming the line.
 */
public final class RncpCsvParser {

  /** The three RNCP CSV files this parser understands. */
  public enum Kind {
    STANDARD(List.of("Numero_Fiche", "Intitule")),
    BLOCS(List.of("Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle")),
    ANCIENNE_NOUVELLE(List.of("Numero_Fiche", "Ancienne_Certification", "Nouvelle_Certification"));

    private final List<String> required;

    Kind(List<String> required) {
      this.required = required;
    }

    public List<String> required() {
      return required;
    }
  }

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final String BLOCK_PATTERN = "RNCP\\d+BC\\d+";

  private RncpCsvParser() {}

  public static RncpDataset parse(InputStream in, String fileName, LongConsumer progress) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVFormat format =
        CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();
    RncpDataset data = new RncpDataset();
    long line = 1;
    LineBoundedInputStream lines =
        new LineBoundedInputStream(new BufferedInputStream(new CountingInputStream(in, progress)));
    try (Reader reader = new InputStreamReader(skipBom(lines), decoder);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = normalisedHeader(parser.getHeaderMap());
      Kind kind = recognise(header, fileName);
      for (CSVRecord r : parser) {
        line = r.getParser().getCurrentLineNumber();
        if (!r.isConsistent()) {
          throw new RncpFormatException("columnCount", fileName, line, header.size(), r.size());
        }
        switch (kind) {
          case STANDARD -> data.add(fiche(r, header, fileName, line));
          case BLOCS -> data.add(block(r, header, fileName, line));
          case ANCIENNE_NOUVELLE -> link(r, header, fileName, line, data);
          default -> throw new IllegalStateException(kind.name());
        }
      }
    } catch (CharacterCodingException e) {
      throw new RncpFormatException("encoding", fileName, lines.lineOfLastChunk());
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new RncpFormatException("encoding", fileName, lines.lineOfLastChunk());
      }
      // The files are local: an I/O error while parsing is commons-csv's way of saying "bad syntax"
      // (e.g. a quote never closed).
      throw new RncpFormatException("syntax", fileName, line + 1, String.valueOf(e.getMessage()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports a broken quote or duplicate header this way
      throw new RncpFormatException("syntax", fileName, line + 1, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new RncpFormatException(
          "unreadable", fileName, line + 1, String.valueOf(e.getMessage()));
    }
    return data;
  }

  /** Identifies the file from its header, or explains what is wrong with it. */
  static Kind recognise(Map<String, Integer> header, String fileName) {
    if (header.size() <= 1) {
      String only = header.keySet().stream().findFirst().orElse("");
      if (only.contains(",") || only.contains("\t") || only.contains("|")) {
        throw new RncpFormatException("separator", fileName, 1);
      }
    }
    Kind best = null;
    int bestMatches = -1;
    for (Kind k : Kind.values()) {
      int matches = (int) k.required.stream().filter(header::containsKey).count();
      if (matches == k.required.size()
          && (best == null || k.required.size() > best.required.size())) {
        best = k;
        bestMatches = Integer.MAX_VALUE;
      } else if (bestMatches != Integer.MAX_VALUE && matches > bestMatches) {
        best = k;
        bestMatches = matches;
      }
    }
    if (best == null || bestMatches == 0) {
      throw new RncpFormatException("unknownFile", fileName, 1);
    }
    if (bestMatches != Integer.MAX_VALUE) {
      String missing =
          String.join(", ", best.required.stream().filter(c -> !header.containsKey(c)).toList());
      throw new RncpFormatException("missingColumn", fileName, 1, missing);
    }
    return best;
  }

  private static RncpDataset.Fiche fiche(
      CSVRecord r, Map<String, Integer> h, String file, long line) {
    String number = required(r, h, "Numero_Fiche", file, line);
    checkFiche(number, file, line);
    return new RncpDataset.Fiche(
        number,
        required(r, h, "Intitule", file, line),
        optional(r, h, "Nomenclature_Europe_Niveau"),
        date(r, h, "Date_Effet", file, line),
        date(r, h, "Date_Fin_Enregistrement", file, line),
        active(optional(r, h, "Actif")),
        (int) line);
  }

  private static RncpDataset.BlockEntry block(
      CSVRecord r, Map<String, Integer> h, String file, long line) {
    String number = required(r, h, "Numero_Fiche", file, line);
    checkFiche(number, file, line);
    String code = required(r, h, "Bloc_Competences_Code", file, line);
    if (!code.matches(BLOCK_PATTERN)) {
      throw new RncpFormatException("badBlockCode", file, line, code);
    }
    return new RncpDataset.BlockEntry(
        number,
        code,
        required(r, h, "Bloc_Competences_Libelle", file, line),
        List.of(),
        (int) line);
  }

  private static void link(
      CSVRecord r, Map<String, Integer> h, String file, long line, RncpDataset data) {
    String oldNumber = optional(r, h, "Ancienne_Certification");
    String newNumber = optional(r, h, "Nouvelle_Certification");
    String fiche = required(r, h, "Numero_Fiche", file, line);
    checkFiche(fiche, file, line);
    // A row names the fiche and either its predecessor or its successor (or both).
    if (oldNumber != null) {
      checkFiche(oldNumber, file, line);
      data.add(new RncpDataset.Link(oldNumber, fiche, (int) line));
    }
    if (newNumber != null) {
      checkFiche(newNumber, file, line);
      data.add(new RncpDataset.Link(fiche, newNumber, (int) line));
    }
  }

  static Boolean active(String value) {
    if (value == null) {
      return null;
    }
    String v = value.toUpperCase(Locale.ROOT);
    return v.startsWith("ACTIV") || v.equals("OUI") || v.equals("TRUE") || v.equals("1");
  }

  private static void checkFiche(String number, String file, long line) {
    if (!number.matches(RncpDataset.FICHE_PATTERN)) {
      throw new RncpFormatException("badFicheNumber", file, line, number);
    }
  }

  private static String required(
      CSVRecord r, Map<String, Integer> h, String column, String file, long line) {
    String v = optional(r, h, column);
    if (v == null) {
      throw new RncpFormatException("emptyField", file, line, column);
    }
    return v;
  }

  private static String optional(CSVRecord r, Map<String, Integer> h, String column) {
    Integer i = h.get(column);
    if (i == null || i >= r.size()) {
      return null;
    }
    String v = r.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  private static LocalDate date(
      CSVRecord r, Map<String, Integer> h, String column, String file, long line) {
    String v = optional(r, h, column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v, DATE);
    } catch (DateTimeParseException e) {
      throw new RncpFormatException("badDate", file, line, column, v);
    }
  }

  private static Map<String, Integer> normalisedHeader(Map<String, Integer> raw) {
    Map<String, Integer> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    raw.forEach((k, v) -> h.put(k.trim(), v));
    return h;
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    return org.apache.commons.io.input.BOMInputStream.builder().setInputStream(in).get();
  }
}

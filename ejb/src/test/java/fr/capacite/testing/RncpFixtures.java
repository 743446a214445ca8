package fr.capacite.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The RNCP fixtures of {@code src/test/resources/rncp} (see its README), as the export ships them.
 */
public final class RncpFixtures {

  public static final String DATE = "2026_12_01";

  /** The CSV files of the export, in the order of the published archive. */
  public static final List<String> CSV_FILES =
      List.of(
          "export_fiches_CSV_Standard_" + DATE + ".csv",
          "export_fiches_CSV_Blocs_De_Compétences_" + DATE + ".csv",
          "export_fiches_CSV_Ancienne_Nouvelle_Certification_" + DATE + ".csv",
          "export_fiches_CSV_Certificateurs_" + DATE + ".csv",
          "export_fiches_CSV_Nsf_" + DATE + ".csv");

  public static final String XML_FILE = "export_fiches_XML_" + DATE + ".xml";

  private RncpFixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = RncpFixtures.class.getResourceAsStream("/rncp/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV archive {@code export-fiches-csv-<date>.zip}, written to a temporary file. */
  public static Path csvArchive() throws IOException {
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    CSV_FILES.forEach(f -> entries.put(f, bytes(f)));
    Path zip = Files.createTempFile("export-fiches-csv-", ".zip");
    Files.write(zip, archive(entries));
    return zip;
  }

  /** The XML flow, written to a temporary file. */
  public static Path xml() throws IOException {
    Path xml = Files.createTempFile("export-fiches-xml-", ".xml");
    Files.write(xml, bytes(XML_FILE));
    return xml;
  }

  /** A ZIP archive of the given entries, as France Compétences writes it: no UTF-8 flag. */
  public static byte[] archive(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    byte[] zip = bytes.toByteArray();
    // Clear the "names are UTF-8" flag (bit 11) in every local and central header: the names stay
    // UTF-8 bytes, as in the published archives.
    for (int i = 0; i + 10 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
        zip[i + 7] &= ~0x08;
      } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        zip[i + 9] &= ~0x08;
      }
    }
    return zip;
  }
}

package fr.capacite.application.library;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the file types the library accepts from their first bytes, never from the name.
 * Written by hand rather than with Apache Tika: the accepted list is short (PDF, three image
 * formats, OpenDocument and Office documents) and Tika's dependency tree is far larger than the
 * application.
 */
public final class FileTypes {

  /** How many leading bytes {@link #detect} needs. */
  public static final int HEAD = 64 * 1024;

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String GIF = "image/gif";

  public static final Set<String> IMAGES = Set.of(PNG, JPEG, GIF);

  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry(PDF, "pdf"),
          Map.entry(PNG, "png"),
          Map.entry(JPEG, "jpg"),
          Map.entry(GIF, "gif"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
          Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));

  private FileTypes() {}

  /** The content type the bytes start with, if it is one the library accepts. */
  public static Optional<String> detect(byte[] head) {
    if (starts(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (starts(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return Optional.of(PNG);
    }
    if (starts(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of(JPEG);
    }
    if (starts(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
        || starts(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(GIF);
    }
    if (starts(head, new byte[] {'P', 'K', 3, 4})) {
      return zipDocument(new String(head, StandardCharsets.ISO_8859_1));
    }
    return Optional.empty();
  }

  /**
   * OpenDocument stores its type uncompressed as the first entry ("mimetype"); Office Open XML
   * names its parts (word/, ppt/, xl/) in the local headers at the start of the archive.
   */
  private static Optional<String> zipDocument(String head) {
    if (head.startsWith("mimetype", 30)) {
      for (String t :
          new String[] {
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet"
          }) {
        if (head.startsWith(t, 38)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
    if (head.contains("[Content_Types].xml")) {
      if (head.contains("word/")) {
        return Optional.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      }
      if (head.contains("ppt/")) {
        return Optional.of(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
      }
      if (head.contains("xl/")) {
        return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      }
    }
    return Optional.empty();
  }

  public static boolean isImage(String contentType) {
    return IMAGES.contains(contentType);
  }

  /** The usual extension of a type, for download names. */
  public static String extension(String contentType) {
    return EXTENSIONS.getOrDefault(contentType, "bin");
  }

  /**
   * A file name safe to store and show: no folders, no control characters, at most 200 characters
   * (the extension kept), ending with the extension of the detected type.
   */
  public static String safeName(String name, String contentType) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
    if (n.isEmpty() || n.startsWith(".")) {
      n = "fichier" + n;
    }
    if (contentType != null) {
      // The extension of the type detected from the content, whatever the uploader called it: a
      // PDF named page.html is downloaded as page.pdf, never opened as a web page.
      String ext = extension(contentType);
      int dot = n.lastIndexOf('.');
      String given = dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
      if (!given.equals(ext) && !("jpg".equals(ext) && "jpeg".equals(given))) {
        n = (dot <= 0 ? n : n.substring(0, dot)) + "." + ext;
      }
    } else if (!n.contains(".")) {
      n = n + ".bin";
    }
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n;
  }

  private static boolean starts(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

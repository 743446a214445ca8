package fr.capacite.web.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of an uploaded CSV file, whichever encoding a French spreadsheet saved it in. */
public final class UploadedText {

  private UploadedText() {}

  /**
   * UTF-8, or else Windows-1252: the encoding spreadsheets in French still save CSV files in.
   * (Written here because no decoder guesses between the two: a strict UTF-8 pass is the test.)
   */
  public static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}

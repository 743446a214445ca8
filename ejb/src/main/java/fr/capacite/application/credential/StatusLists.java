package fr.capacite.application.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * W3C Bitstring Status List v1.0: which credentials of a list are revoked, as the specification
 * encodes it (a bit per position, position 0 the left-most bit of the first byte; GZIP; multibase
 * base64url without padding, prefix {@code u}). A list holds {@value #SIZE} positions, the
 * specification's minimum, so that a position tells nothing about the holder.
 */
public final class StatusLists {

  /** Positions per list (16 KiB of bits). */
  public static final int SIZE = 131_072;

  private StatusLists() {}

  /** The list a position falls in. */
  public static int listOf(int index) {
    return index / SIZE;
  }

  /** The encoded list with the given positions (absolute) set. */
  public static String encode(int list, Collection<Integer> revoked) {
    byte[] bits = new byte[SIZE / 8];
    for (int index : revoked) {
      int at = index - list * SIZE;
      if (at >= 0 && at < SIZE) {
        bits[at / 8] |= (byte) (0x80 >>> (at % 8));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** Whether a position (relative to its list) is set in an encoded list. */
  public static boolean isSet(String encoded, int position) {
    if (encoded == null || !encoded.startsWith("u")) {
      throw new IllegalArgumentException("not a multibase base64url list");
    }
    byte[] gz = Base64.getUrlDecoder().decode(encoded.substring(1));
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      byte[] bits = in.readAllBytes();
      return (bits[position / 8] & (0x80 >>> (position % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package fr.capacite.application.referential.rncp;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hands bytes out at most one line at a time and counts the lines handed out, so that a decoding
 * error names its own line. The JDK's decoder ({@code InputStreamReader}) reports no position and
 * reads about 8 KB ahead of what the CSV parser has seen; since it decodes every byte it holds
 * before it asks for more, the line of a malformed byte is the line of the last chunk given out. No
 * library offers this (commons-io's counting streams count bytes, not lines of a read-ahead).
 */
final class LineBoundedInputStream extends InputStream {

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long completedLines;
  private long lineOfLastChunk = 1;

  LineBoundedInputStream(InputStream in) {
    this.in = in;
  }

  /** The 1-based line of the bytes handed out last: where a decoding error lies. */
  long lineOfLastChunk() {
    return lineOfLastChunk;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    int end = Math.min(limit, position + len);
    int n = 0;
    boolean newline = false;
    while (position + n < end) {
      if (buffer[position + n++] == '\n') {
        newline = true;
        break;
      }
    }
    System.arraycopy(buffer, position, b, off, n);
    position += n;
    lineOfLastChunk = completedLines + 1;
    if (newline) {
      completedLines++;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

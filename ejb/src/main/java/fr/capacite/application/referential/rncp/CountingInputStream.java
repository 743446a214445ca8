package fr.capacite.application.referential.rncp;

import java.io.InputStream;
import java.util.function.LongConsumer;
import org.apache.commons.io.input.ProxyInputStream;

/** Reports how many bytes have been read so far, for the import's progress bar. */
public final class CountingInputStream extends ProxyInputStream {

  private final LongConsumer progress;
  private long count;

  public CountingInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  protected void afterRead(int n) {
    if (n > 0) {
      count += n;
      progress.accept(count);
    }
  }
}

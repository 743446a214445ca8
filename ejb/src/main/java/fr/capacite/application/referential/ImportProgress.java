package fr.capacite.application.referential;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

/** Bytes read so far out of the total, shared between the import and the polling page. */
public final class ImportProgress implements Serializable {
  private static final long serialVersionUID = 1L;

  private final AtomicLong read = new AtomicLong();
  private final long total;
  private final AtomicLong done = new AtomicLong();

  public ImportProgress(long total) {
    this.total = Math.max(1, total);
  }

  void advance(long bytes) {
    read.addAndGet(bytes);
  }

  /** Whole files already read, so that a file's own count adds to them. */
  long base() {
    return done.get();
  }

  void fileDone(long size) {
    done.addAndGet(size);
    read.set(done.get());
  }

  void set(long bytes) {
    read.set(bytes);
  }

  /** 0–100. */
  public int percent() {
    return (int) Math.min(100, read.get() * 100 / total);
  }
}

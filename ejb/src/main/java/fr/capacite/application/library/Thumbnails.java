package fr.capacite.application.library;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Image thumbnails with the JDK's ImageIO (PNG, JPEG, GIF), refusing decompression bombs. */
public final class Thumbnails {

  public static final int WIDTH = 320;

  /** Larger images (in pixels) are refused before being decoded. */
  public static final long MAX_PIXELS = 50_000_000L;

  /**
   * Images decoded at once: each decodes subsampled to about twice the thumbnail's width (a few MB
   * whatever the original size), and never more than this many together, so that uploads cannot
   * exhaust the heap (a 50-megapixel image decoded whole takes 200 MB).
   */
  static final int CONCURRENT_DECODES = 2;

  private static final java.util.concurrent.Semaphore DECODING =
      new java.util.concurrent.Semaphore(CONCURRENT_DECODES, true);

  private Thumbnails() {}

  /** Thrown when an image cannot be read or is too large to decode safely. */
  public static final class BadImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadImageException(String messageKey) {
      super(messageKey);
    }
  }

  /** A PNG at most {@link #WIDTH} wide; empty when the image is already that small. */
  public static Optional<byte[]> of(byte[] image) throws BadImageException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      var readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw new BadImageException("library.file.badImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > MAX_PIXELS) {
          throw new BadImageException("library.file.imageTooLarge");
        }
        if (w <= WIDTH) {
          return Optional.empty();
        }
        // Read every n-th pixel of every n-th row: the decoder never holds the full image.
        int step = (int) Math.max(1, w / (2L * WIDTH));
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage source;
        DECODING.acquireUninterruptibly();
        try {
          source = reader.read(0, param);
        } finally {
          DECODING.release();
        }
        int tw = WIDTH;
        int th = (int) Math.max(1, Math.round((double) h * WIDTH / w));
        BufferedImage thumb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, tw, th, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(thumb, "png", out);
        return Optional.of(out.toByteArray());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new BadImageException("library.file.badImage");
    }
  }
}

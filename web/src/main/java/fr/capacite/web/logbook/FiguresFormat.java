package fr.capacite.web.logbook;

import fr.capacite.application.logbook.LogbookFigures;
import fr.capacite.web.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the logbooks' figures read in the page's language, wherever they are shown (the observatory,
 * a structure's page): counts, shares and trends, withheld figures in words, months.
 */
@Named
@ApplicationScoped
public class FiguresFormat {

  /** A count in the page's language, or "fewer than 5" when it is withheld. */
  public String count(LogbookFigures.Count c) {
    return c.shown()
        ? NumberFormat.getIntegerInstance(locale()).format(c.value())
        : Messages.text("observatory.fewer", LogbookFigures.THRESHOLD);
  }

  /** A share in the page's language ("67 %"), or a dash when it is withheld. */
  public String share(LogbookFigures.Share s) {
    if (!s.shown()) {
      return "—";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMaximumFractionDigits(0);
    return f.format(s.percent() / 100.0);
  }

  /** A trend as "+20 %" / "−8 %", or nothing when it cannot be given. */
  public String trend(Integer percent) {
    if (percent == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMaximumFractionDigits(0);
    return (percent > 0 ? "+" : percent < 0 ? "−" : "") + f.format(Math.abs(percent) / 100.0);
  }

  /**
   * The width of a theme's bar, against the most asked theme (a decoration: the figure is text).
   */
  public int width(LogbookFigures.Figures figures, LogbookFigures.Demand d) {
    if (!d.entries().shown() || figures.demand().isEmpty()) {
      return 0;
    }
    long top = figures.demand().get(0).entries().value();
    return (int) Math.max(1, Math.round(100.0 * d.entries().value() / top));
  }

  /** The period, as "décembre 2025 – novembre 2026". */
  public String period(LogbookFigures.Figures figures) {
    return month(figures.from()) + " – " + month(figures.to());
  }

  public String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale()) + " " + m.getYear();
  }

  /** A month in short, for the series' table. */
  public String shortMonth(YearMonth m) {
    return m.format(DateTimeFormatter.ofPattern("MMM yyyy", locale()));
  }

  public String periodLabel(int m) {
    return Messages.text("observatory.lastMonths", m);
  }

  public int getThreshold() {
    return LogbookFigures.THRESHOLD;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}

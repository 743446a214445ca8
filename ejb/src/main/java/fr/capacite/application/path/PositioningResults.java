package fr.capacite.application.path;

import fr.capacite.domain.path.PositioningAttempt;
import fr.capacite.domain.path.RoutingRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A positioning result as shown, and the note it leaves on the enrolment. Callers check access
 * first.
 */
@Stateless
@PermitAll
public class PositioningResults {

  public PositioningViews.Result result(PositioningAttempt a) {
    RoutingRule rule =
        a.getRuleSet() == null
            ? null
            : a.getRuleSet().getRules().stream()
                .filter(r -> r.getPosition() == a.getRulePosition())
                .findFirst()
                .orElse(null);
    return new PositioningViews.Result(
        a.getId(),
        a.getLearner().getDisplayName(),
        a.getTest().getTitle(),
        a.getTest().getProgramme().getCode(),
        a.getStatus(),
        a.getOverall() == null ? 0 : a.getOverall(),
        a.getWeakest() == null ? 0 : a.getWeakest(),
        a.getHours() == null ? 0 : a.getHours(),
        a.getRuleSet() == null ? 0 : a.getRuleSet().getSetVersion(),
        a.getRulePosition() == null ? 0 : a.getRulePosition(),
        rule == null ? null : rule.getMinOverall(),
        rule == null ? null : rule.getMinWeakest(),
        profile(a.getProfile()),
        a.getSubmittedAt(),
        a.getValidatedAt(),
        a.getEnrolment() == null ? a.getCohort().getId() : null);
  }

  /** The enrolment's positioning note, in French (the organisation's working language). */
  public String note(PositioningAttempt a) {
    ResourceBundle b = ResourceBundle.getBundle("fr.capacite.i18n.Messages", Locale.FRENCH);
    return MessageFormat.format(
        b.getString("path.positioning.note"),
        a.getTest().getTitle(),
        a.getOverall(),
        a.getWeakest(),
        a.getHours(),
        a.getRuleSet().getSetVersion(),
        a.getRulePosition());
  }

  static List<PositioningViews.CompetenceResult> profile(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (var r = Json.createReader(new StringReader(json))) {
      return r.readArray().stream()
          .map(JsonValue::asJsonObject)
          .map(
              o -> new PositioningViews.CompetenceResult(o.getString("label"), o.getInt("percent")))
          .toList();
    }
  }

  static String profileJson(fr.capacite.domain.path.ScoreProfile p) {
    var arr = Json.createArrayBuilder();
    p.competences()
        .forEach(
            c ->
                arr.add(
                    Json.createObjectBuilder()
                        .add("key", c.key())
                        .add("label", c.label())
                        .add("percent", c.percent())));
    return arr.build().toString();
  }
}

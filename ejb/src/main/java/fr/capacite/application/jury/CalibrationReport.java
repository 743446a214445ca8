package fr.capacite.application.jury;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Jurors' agreement, for administrators calibrating juries: Cohen's κ on proposed decisions, per
 * pair of jurors over all their sessions (and year by year), and per session.
 */
public record CalibrationReport(List<PairAgreement> pairs, List<SessionAgreement> sessions)
    implements Serializable {

  /** Two jurors' agreement: κ (null when undefined) over n shared candidate-blocks. */
  public record PairAgreement(
      String firstJuror, String secondJuror, int shared, Double kappa, Map<Integer, Double> byYear)
      implements Serializable {}

  /** One session's pairs. */
  public record SessionAgreement(
      long sessionId, String title, LocalDate day, List<PairAgreement> pairs)
      implements Serializable {}

  /** One submitted proposal: which session, candidate-block and juror, and the decision. */
  public record Proposal(
      long sessionId,
      String sessionTitle,
      LocalDate day,
      long candidateId,
      long blockId,
      long jurorId,
      String jurorName,
      boolean acquired) {}

  /** Pairs the proposals of every two jurors on the same candidate-blocks, and computes κ. */
  public static CalibrationReport of(List<Proposal> proposals) {
    Map<String, Map<Long, Proposal>> byItem = new HashMap<>();
    for (Proposal p : proposals) {
      byItem
          .computeIfAbsent(
              p.sessionId() + ":" + p.candidateId() + ":" + p.blockId(), k -> new HashMap<>())
          .put(p.jurorId(), p);
    }
    Map<String, List<fr.capacite.domain.jury.CohenKappa.Pair>> all = new TreeMap<>();
    Map<String, Map<Integer, List<fr.capacite.domain.jury.CohenKappa.Pair>>> years =
        new HashMap<>();
    Map<Long, Map<String, List<fr.capacite.domain.jury.CohenKappa.Pair>>> perSession =
        new TreeMap<>();
    Map<Long, Proposal> sessionInfo = new HashMap<>();
    for (Map<Long, Proposal> item : byItem.values()) {
      List<Proposal> ps = new ArrayList<>(item.values());
      ps.sort(java.util.Comparator.comparing(Proposal::jurorName));
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          Proposal a = ps.get(i);
          Proposal b = ps.get(j);
          String pair = a.jurorName() + " / " + b.jurorName();
          var kp = new fr.capacite.domain.jury.CohenKappa.Pair(a.acquired(), b.acquired());
          all.computeIfAbsent(pair, k -> new ArrayList<>()).add(kp);
          years
              .computeIfAbsent(pair, k -> new TreeMap<>())
              .computeIfAbsent(a.day().getYear(), k -> new ArrayList<>())
              .add(kp);
          perSession
              .computeIfAbsent(a.sessionId(), k -> new TreeMap<>())
              .computeIfAbsent(pair, k -> new ArrayList<>())
              .add(kp);
          sessionInfo.put(a.sessionId(), a);
        }
      }
    }
    List<PairAgreement> pairs = new ArrayList<>();
    all.forEach(
        (pair, list) -> {
          Map<Integer, Double> series = new TreeMap<>();
          years
              .get(pair)
              .forEach((y, l) -> series.put(y, fr.capacite.domain.jury.CohenKappa.of(l)));
          pairs.add(agreement(pair, list, series));
        });
    List<SessionAgreement> sessions = new ArrayList<>();
    perSession.forEach(
        (id, map) -> {
          List<PairAgreement> ps = new ArrayList<>();
          map.forEach((pair, list) -> ps.add(agreement(pair, list, Map.of())));
          Proposal info = sessionInfo.get(id);
          sessions.add(new SessionAgreement(id, info.sessionTitle(), info.day(), ps));
        });
    sessions.sort(java.util.Comparator.comparing(SessionAgreement::day).reversed());
    return new CalibrationReport(pairs, sessions);
  }

  private static PairAgreement agreement(
      String pair,
      List<fr.capacite.domain.jury.CohenKappa.Pair> list,
      Map<Integer, Double> series) {
    String[] names = pair.split(" / ", 2);
    return new PairAgreement(
        names[0], names[1], list.size(), fr.capacite.domain.jury.CohenKappa.of(list), series);
  }
}

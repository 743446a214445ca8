package fr.capacite.domain.jury;

import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.EquivalenceKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R7 capitalisation: the blocks of a version a person holds on a day. A block acquired in that
 * version counts while the version is valid and one year after its end; a block acquired in another
 * version counts through a total equivalence to a block of this one. Once acquired, a block stays
 * acquired: a later failure takes nothing away.
 */
public final class Capitalisation {

  /** How long after its version's end a block still counts toward the title. */
  public static final int YEARS_AFTER_END = 1;

  private Capitalisation() {}

  /** A held block of the target version, and where it comes from. */
  public record Held(Block block, Block from, LocalDate acquiredOn) implements Serializable {
    public boolean byEquivalence() {
      return !from.equals(block);
    }
  }

  public static Map<Block, Held> held(
      List<BlockResult> history,
      List<BlockEquivalence> equivalences,
      CertificationVersion target,
      LocalDate day) {
    Map<Block, Held> held = new LinkedHashMap<>();
    if (!counts(target, day)) {
      return held;
    }
    for (BlockResult r : history) {
      if (!r.isAcquired() || r.getDecidedOn().isAfter(day)) {
        continue;
      }
      Block b = r.getBlock();
      if (b.getCertificationVersion().equals(target)) {
        held.putIfAbsent(b, new Held(b, b, r.getDecidedOn()));
        continue;
      }
      for (BlockEquivalence e : equivalences) {
        if (e.getKind() == EquivalenceKind.TOTAL
            && e.getFromBlock().equals(b)
            && e.getToBlock().getCertificationVersion().equals(target)) {
          held.putIfAbsent(e.getToBlock(), new Held(e.getToBlock(), b, r.getDecidedOn()));
        }
      }
    }
    return held;
  }

  /**
   * R7's extra year after a version's end, and what it depends on for one candidate (arrêté of 22
   * December 2015, art. 3): registered for the session before the end, and training begun before
   * it. {@code trainingStart} is null when no training is known.
   */
  public record ExtraYear(LocalDate registeredOn, LocalDate trainingStart) implements Serializable {

    /** Why the extra year does not apply to a session of the version: empty when it does. */
    public List<String> refusals(CertificationVersion v) {
      List<String> why = new java.util.ArrayList<>();
      LocalDate end = v.getValidUntil();
      if (end == null) {
        return why;
      }
      if (registeredOn == null || registeredOn.isAfter(end)) {
        why.add("jury.candidate.extraYear.registeredLate");
      }
      if (trainingStart == null) {
        why.add("jury.candidate.extraYear.noTraining");
      } else if (trainingStart.isAfter(end)) {
        why.add("jury.candidate.extraYear.trainedLate");
      }
      return why;
    }
  }

  /** Whether the day falls in the year after the version's end (where R7's conditions apply). */
  public static boolean inExtraYear(CertificationVersion v, LocalDate day) {
    return v.getValidUntil() != null && day.isAfter(v.getValidUntil()) && counts(v, day);
  }

  /**
   * R7 in full for one candidate at a session of the version on the day: blocks count while the
   * version is valid, and in the year after only if the candidate meets the extra year's
   * conditions.
   */
  public static Map<Block, Held> held(
      List<BlockResult> history,
      List<BlockEquivalence> equivalences,
      CertificationVersion target,
      LocalDate day,
      ExtraYear extra) {
    if (inExtraYear(target, day) && !extra.refusals(target).isEmpty()) {
      return new LinkedHashMap<>();
    }
    return held(history, equivalences, target, day);
  }

  /**
   * Whether blocks of the version may still count on the day (valid, or ended less than a year
   * ago); in that last year only under R7's conditions ({@link ExtraYear}).
   */
  public static boolean counts(CertificationVersion v, LocalDate day) {
    return v.getValidUntil() == null || !day.isAfter(v.getValidUntil().plusYears(YEARS_AFTER_END));
  }

  /** R5/R7: the title is granted when every CCP of the version is held. */
  public static boolean titleHeld(Map<Block, Held> held, CertificationVersion v) {
    List<Block> ccps =
        v.getBlocks().stream().filter(b -> b.getKind() == BlockKind.CCP && !b.isRetired()).toList();
    return !ccps.isEmpty() && held.keySet().containsAll(ccps);
  }
}

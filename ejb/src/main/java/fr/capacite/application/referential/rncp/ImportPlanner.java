package fr.capacite.application.referential.rncp;

import fr.capacite.application.referential.rncp.ImportPlan.Field;
import fr.capacite.application.referential.rncp.ImportPlan.Operation;
import fr.capacite.application.referential.rncp.ImportPlan.Type;
import fr.capacite.application.referential.rncp.ImportPlan.Warning;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.BlockSnap;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.VersionSnap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns RNCP data into the changes it makes to the referential. Rules:
 *
 * <ul>
 *   <li>a fiche is a version, matched by RNCP number; a new fiche joins the title of the fiche it
 *       replaces (or that replaces it), else starts a new title;
 *   <li>a block is matched by its RNCP code, else by position (BCnn) among blocks without one;
 *   <li>competences are matched by position; nothing is ever deleted by an import;
 *   <li>RS fiches (répertoire spécifique) are imported only when asked; else they and their links
 *       are skipped and reported in one warning;
 *   <li>a published correspondence (XML {@code CORRESPONDANCE}) becomes a total block equivalence
 *       when both blocks are known and it closes no cycle;
 *   <li>applying the same data twice plans nothing the second time.
 * </ul>
 */
public final class ImportPlanner {

  private static final Pattern BLOCK_NUMBER = Pattern.compile("BC(\\d+)$");

  private final Map<String, WorkingVersion> byCode = new LinkedHashMap<>();
  private final Map<String, WorkingVersion> byRncp = new HashMap<>();
  private final List<Operation> ops = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final java.util.Set<String> equivalences = new java.util.HashSet<>();
  private final Map<String, List<String>> equivalentTo = new HashMap<>();

  /** At most this many skipped RS numbers are named in the warning; the count says the rest. */
  static final int NAMED_SKIPPED = 10;

  private ImportPlanner(ReferentialSnapshot snapshot) {
    for (ReferentialSnapshot.EquivalenceSnap e : snapshot.equivalences()) {
      remember(e.fromVersion() + "/" + e.fromBlock(), e.toVersion() + "/" + e.toBlock());
    }
    for (VersionSnap v : snapshot.versions()) {
      WorkingVersion w = new WorkingVersion(v.code(), v.certificationCode(), v.predecessorCode());
      w.rncp = v.rncpCode();
      w.title = v.title();
      w.level = v.level();
      w.from = v.validFrom();
      w.until = v.validUntil();
      for (BlockSnap b : v.blocks()) {
        WorkingBlock wb = new WorkingBlock(b.code(), b.order());
        wb.rncp = b.rncpCode();
        wb.title = b.title();
        wb.competences.addAll(b.competences());
        w.blocks.add(wb);
      }
      byCode.put(w.code, w);
      if (w.rncp != null) {
        byRncp.put(w.rncp, w);
      }
    }
  }

  /** Plans with RS fiches skipped. */
  public static ImportPlan plan(RncpDataset data, ReferentialSnapshot snapshot) {
    return plan(data, snapshot, false);
  }

  public static ImportPlan plan(
      RncpDataset data, ReferentialSnapshot snapshot, boolean includeSpecific) {
    ImportPlanner p = new ImportPlanner(snapshot);
    data.passedOver()
        .forEach(
            name -> p.warnings.add(new Warning("referential.import.warning.passedOver", 0, name)));
    RncpDataset kept = includeSpecific ? data : p.withoutSpecific(data);
    p.fiches(kept);
    p.links(kept);
    p.blocks(kept);
    p.equivalences(kept);
    return new ImportPlan(p.ops, p.warnings);
  }

  /** The data without RS fiches and links touching one; one warning names what was skipped. */
  private RncpDataset withoutSpecific(RncpDataset data) {
    RncpDataset kept = new RncpDataset();
    List<RncpDataset.Fiche> skipped = new ArrayList<>();
    for (RncpDataset.Fiche f : data.fiches()) {
      if (RncpDataset.isSpecific(f.number())) {
        skipped.add(f);
      } else {
        kept.add(f);
      }
    }
    data.blocks().stream().filter(b -> !RncpDataset.isSpecific(b.ficheNumber())).forEach(kept::add);
    data.links().stream()
        .filter(
            l -> !RncpDataset.isSpecific(l.oldNumber()) && !RncpDataset.isSpecific(l.newNumber()))
        .forEach(kept::add);
    data.equivalences().stream()
        .filter(e -> !RncpDataset.isSpecific(e.destinationFiche()))
        .forEach(kept::add);
    if (!skipped.isEmpty()) {
      List<String> numbers =
          skipped.stream().map(RncpDataset.Fiche::number).distinct().sorted().toList();
      String named = String.join(", ", numbers.subList(0, Math.min(NAMED_SKIPPED, numbers.size())));
      warnings.add(
          new Warning(
              "referential.import.warning.skippedSpecific",
              skipped.get(0).line(),
              numbers.size() + " — " + named + (numbers.size() > NAMED_SKIPPED ? ", …" : "")));
    }
    return kept;
  }

  private void equivalences(RncpDataset data) {
    for (RncpDataset.Equivalence e : data.equivalences()) {
      String sourceFiche = e.sourceBlock().substring(0, e.sourceBlock().indexOf("BC"));
      WorkingVersion from = byRncp.get(sourceFiche);
      WorkingVersion to = byRncp.get(e.destinationFiche());
      WorkingBlock fromBlock = from == null ? null : from.byRncp(e.sourceBlock());
      WorkingBlock toBlock = to == null ? null : to.byRncp(e.destinationBlock());
      String detail = e.sourceBlock() + " → " + e.destinationBlock();
      if (fromBlock == null || toBlock == null) {
        warnings.add(
            new Warning("referential.import.warning.unknownEquivalence", e.line(), detail));
        continue;
      }
      String fromKey = from.code + "/" + fromBlock.code;
      String toKey = to.code + "/" + toBlock.code;
      if (equivalences.contains(fromKey + ">" + toKey)) {
        continue;
      }
      if (from == to || reaches(toKey, fromKey)) {
        warnings.add(new Warning("referential.import.warning.equivalenceCycle", e.line(), detail));
        continue;
      }
      ops.add(
          new Operation(
              Type.CREATE_EQUIVALENCE,
              from.certification,
              from.code,
              fromBlock.code,
              fromBlock.order,
              null,
              to.code,
              toBlock.code,
              null,
              null,
              null));
      remember(fromKey, toKey);
    }
  }

  private void remember(String fromKey, String toKey) {
    equivalences.add(fromKey + ">" + toKey);
    equivalentTo.computeIfAbsent(fromKey, k -> new ArrayList<>()).add(toKey);
  }

  /** Whether equivalences already lead from one block to the other (a new link would cycle). */
  private boolean reaches(String start, String goal) {
    java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of(start));
    java.util.Set<String> seen = new java.util.HashSet<>(queue);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (current.equals(goal)) {
        return true;
      }
      for (String next : equivalentTo.getOrDefault(current, List.of())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return false;
  }

  private void fiches(RncpDataset data) {
    Map<String, RncpDataset.Fiche> seen = new HashMap<>();
    for (RncpDataset.Fiche f : data.fiches()) {
      RncpDataset.Fiche previous = seen.putIfAbsent(f.number(), f);
      if (previous != null) {
        if (!previous.equals(
            new RncpDataset.Fiche(
                f.number(),
                f.title(),
                f.level(),
                f.effectiveFrom(),
                f.registrationEnd(),
                f.active(),
                previous.line()))) {
          throw new RncpFormatException(
              "duplicateFiche", "", f.line(), f.number(), previous.line());
        }
        continue;
      }
      WorkingVersion existing = byRncp.get(f.number());
      if (existing != null) {
        update(existing, Field.TITLE, existing.title, f.title(), v -> v.title = f.title());
        String level = normaliseLevel(f.level());
        if (level != null) {
          update(existing, Field.LEVEL, existing.level, level, v -> v.level = level);
        }
        if (f.effectiveFrom() != null) {
          update(
              existing,
              Field.VALID_FROM,
              str(existing.from),
              str(f.effectiveFrom()),
              v -> v.from = f.effectiveFrom());
        }
        if (f.registrationEnd() != null) {
          update(
              existing,
              Field.VALID_UNTIL,
              str(existing.until),
              str(f.registrationEnd()),
              v -> v.until = f.registrationEnd());
        }
      } else {
        createVersion(f, data);
      }
    }
  }

  private void createVersion(RncpDataset.Fiche f, RncpDataset data) {
    String certification = null;
    for (RncpDataset.Link l : data.links()) {
      WorkingVersion other =
          l.newNumber().equals(f.number())
              ? byRncp.get(l.oldNumber())
              : l.oldNumber().equals(f.number()) ? byRncp.get(l.newNumber()) : null;
      if (other != null) {
        certification = other.certification;
        break;
      }
    }
    if (certification == null) {
      certification = f.number();
      if (byCode.values().stream().noneMatch(v -> v.certification.equals(f.number()))) {
        ops.add(
            new Operation(
                Type.CREATE_CERTIFICATION,
                f.number(),
                null,
                null,
                0,
                null,
                null,
                f.title(),
                null,
                null,
                null));
      }
    }
    String level = normaliseLevel(f.level());
    ops.add(
        new Operation(
            Type.CREATE_VERSION,
            certification,
            f.number(),
            null,
            0,
            null,
            null,
            f.title(),
            level,
            f.effectiveFrom(),
            f.registrationEnd()));
    WorkingVersion w = new WorkingVersion(f.number(), certification, null);
    w.rncp = f.number();
    w.title = f.title();
    w.level = level;
    w.from = f.effectiveFrom();
    w.until = f.registrationEnd();
    byCode.put(w.code, w);
    byRncp.put(w.rncp, w);
  }

  private void links(RncpDataset data) {
    for (RncpDataset.Link l : data.links()) {
      WorkingVersion oldV = byRncp.get(l.oldNumber());
      WorkingVersion newV = byRncp.get(l.newNumber());
      if (oldV == null || newV == null) {
        String unknown = oldV == null ? l.oldNumber() : l.newNumber();
        warnings.add(new Warning("referential.import.warning.unknownLink", l.line(), unknown));
        continue;
      }
      if (!Objects.equals(newV.predecessor, oldV.code)) {
        ops.add(
            new Operation(
                Type.LINK_PREDECESSOR,
                newV.certification,
                newV.code,
                null,
                0,
                null,
                newV.predecessor,
                oldV.code,
                null,
                null,
                null));
        newV.predecessor = oldV.code;
      }
    }
  }

  private void blocks(RncpDataset data) {
    for (RncpDataset.BlockEntry b : data.blocks()) {
      WorkingVersion v = byRncp.get(b.ficheNumber());
      if (v == null) {
        throw new RncpFormatException("unknownFiche", "", b.line(), b.ficheNumber());
      }
      int order = blockNumber(b.code());
      WorkingBlock block =
          v.blocks.stream()
              .filter(x -> b.code().equals(x.rncp))
              .findFirst()
              .or(
                  () ->
                      v.blocks.stream().filter(x -> x.rncp == null && x.order == order).findFirst())
              .orElse(null);
      if (block == null) {
        String code = "CCP" + order;
        if (v.blocks.stream().anyMatch(x -> x.code.equals(code))) {
          warnings.add(new Warning("referential.import.warning.blockConflict", b.line(), b.code()));
          continue;
        }
        ops.add(
            new Operation(
                Type.CREATE_BLOCK,
                v.certification,
                v.code,
                code,
                order,
                null,
                b.code(),
                b.title(),
                null,
                null,
                null));
        block = new WorkingBlock(code, order);
        block.rncp = b.code();
        block.title = b.title();
        v.blocks.add(block);
      } else {
        WorkingBlock target = block;
        if (!b.code().equals(block.rncp)) {
          ops.add(
              new Operation(
                  Type.UPDATE_BLOCK,
                  v.certification,
                  v.code,
                  block.code,
                  block.order,
                  Field.RNCP_CODE,
                  block.rncp,
                  b.code(),
                  null,
                  null,
                  null));
          target.rncp = b.code();
        }
        if (!b.title().equals(block.title)) {
          ops.add(
              new Operation(
                  Type.UPDATE_BLOCK,
                  v.certification,
                  v.code,
                  block.code,
                  block.order,
                  Field.TITLE,
                  block.title,
                  b.title(),
                  null,
                  null,
                  null));
          target.title = b.title();
        }
      }
      competences(v, block, b.competences());
    }
  }

  private void competences(WorkingVersion v, WorkingBlock block, List<String> titles) {
    for (int i = 0; i < titles.size(); i++) {
      String title = titles.get(i);
      if (i < block.competences.size()) {
        if (!title.equals(block.competences.get(i))) {
          ops.add(
              new Operation(
                  Type.UPDATE_COMPETENCE,
                  v.certification,
                  v.code,
                  block.code,
                  i + 1,
                  Field.TITLE,
                  block.competences.get(i),
                  title,
                  null,
                  null,
                  null));
          block.competences.set(i, title);
        }
      } else {
        ops.add(
            new Operation(
                Type.CREATE_COMPETENCE,
                v.certification,
                v.code,
                block.code,
                i + 1,
                null,
                null,
                title,
                null,
                null,
                null));
        block.competences.add(title);
      }
    }
  }

  private void update(
      WorkingVersion v,
      Field field,
      String before,
      String after,
      java.util.function.Consumer<WorkingVersion> apply) {
    if (!Objects.equals(before, after)) {
      ops.add(
          new Operation(
              Type.UPDATE_VERSION,
              v.certification,
              v.code,
              null,
              0,
              field,
              before,
              after,
              null,
              null,
              null));
      apply.accept(v);
    }
  }

  /** "NIV5" → "5"; other wordings are kept as they are. */
  static String normaliseLevel(String level) {
    if (level == null) {
      return null;
    }
    Matcher m = Pattern.compile("(?i)^NIV\\s*(\\d)$").matcher(level.trim());
    return m.matches() ? m.group(1) : level.trim();
  }

  static int blockNumber(String rncpBlockCode) {
    Matcher m = BLOCK_NUMBER.matcher(rncpBlockCode);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static final class WorkingVersion {
    final String code;
    final String certification;
    String predecessor;
    String rncp;
    String title;
    String level;
    LocalDate from;
    LocalDate until;
    final List<WorkingBlock> blocks = new ArrayList<>();

    WorkingVersion(String code, String certification, String predecessor) {
      this.code = code;
      this.certification = certification;
      this.predecessor = predecessor;
    }

    WorkingBlock byRncp(String rncpBlockCode) {
      return blocks.stream().filter(b -> rncpBlockCode.equals(b.rncp)).findFirst().orElse(null);
    }
  }

  private static final class WorkingBlock {
    final String code;
    final int order;
    String rncp;
    String title;
    final List<String> competences = new ArrayList<>();

    WorkingBlock(String code, int order) {
      this.code = code;
      this.order = order;
    }
  }
}

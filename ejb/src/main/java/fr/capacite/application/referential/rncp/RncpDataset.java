package fr.capacite.application.referential.rncp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What an RNCP file says: fiches (one per title version), their blocks, and the version chain. */
public final class RncpDataset {

  /** One RNCP fiche. Null fields were absent from the file. */
  public record Fiche(
      String number,
      String title,
      String level,
      LocalDate effectiveFrom,
      LocalDate registrationEnd,
      Boolean active,
      int line) {}

  /** One block (bloc de compétences) of a fiche, with its competences when the XML lists them. */
  public record BlockEntry(
      String ficheNumber, String code, String title, List<String> competences, int line) {}

  /** "Ancienne → Nouvelle": the new fiche replaces the old one. */
  public record Link(String oldNumber, String newNumber, int line) {}

  /**
   * One XML {@code CORRESPONDANCE}: holding the source block grants the destination block of the
   * destination fiche (the published equivalences between versions of a title).
   */
  public record Equivalence(
      String sourceBlock, String destinationFiche, String destinationBlock, int line) {}

  /** RS (répertoire spécifique) numbers: a registry number is RNCP or RS followed by digits. */
  public static final String FICHE_PATTERN = "(RNCP|RS)\\d+";

  /** Whether a fiche number belongs to the répertoire spécifique rather than the RNCP. */
  public static boolean isSpecific(String ficheNumber) {
    return ficheNumber != null && ficheNumber.startsWith("RS");
  }

  private final List<Fiche> fiches = new ArrayList<>();
  private final List<BlockEntry> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Equivalence> equivalences = new ArrayList<>();
  private final List<String> passedOver = new ArrayList<>();

  public void add(Fiche f) {
    fiches.add(f);
  }

  public void add(BlockEntry b) {
    blocks.add(b);
  }

  public void add(Link l) {
    links.add(l);
  }

  public void add(Equivalence e) {
    equivalences.add(e);
  }

  /** An archive entry that is not part of the referential (Certificateurs, Rome, Nsf…). */
  public void passOver(String entryName) {
    passedOver.add(entryName);
  }

  public void addAll(RncpDataset other) {
    fiches.addAll(other.fiches);
    blocks.addAll(other.blocks);
    links.addAll(other.links);
    equivalences.addAll(other.equivalences);
    passedOver.addAll(other.passedOver);
  }

  public List<Fiche> fiches() {
    return List.copyOf(fiches);
  }

  public List<BlockEntry> blocks() {
    return List.copyOf(blocks);
  }

  public List<Link> links() {
    return List.copyOf(links);
  }

  public List<Equivalence> equivalences() {
    return List.copyOf(equivalences);
  }

  public List<String> passedOver() {
    return List.copyOf(passedOver);
  }

  public boolean isEmpty() {
    return fiches.isEmpty() && blocks.isEmpty() && links.isEmpty() && equivalences.isEmpty();
  }
}

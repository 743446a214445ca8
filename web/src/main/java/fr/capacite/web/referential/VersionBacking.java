package fr.capacite.web.referential;

import fr.capacite.application.referential.ReferentialEditService;
import fr.capacite.application.referential.ReferentialEditService.VersionFields;
import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.referential.VersionDetail;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.EquivalenceKind;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /referential/version.xhtml?v=CODE}: one version down to its criteria, its equivalences,
 * and (for administrators) the forms that edit them. Every form carries the {@code @Version} it was
 * read at, so a concurrent change is refused instead of overwritten.
 */
@Named
@ViewScoped
public class VersionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferentialService referential;
  @EJB private ReferentialEditService edits;

  /** A block offered in a select list. */
  public record BlockChoice(long id, String code, String title) implements Serializable {}

  private String code;
  private VersionDetail detail;
  private List<BlockChoice> predecessorBlocks = List.of();

  // Version form
  private String title;
  private String rncpCode;
  private String level;
  private String nsf;
  private String legalBasis;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private boolean extended;

  // Shared edit dialog state: what is edited (block, competence, criterion) and its fields.
  private Long targetId;
  private long targetVersion;
  private String text;
  private String blockCode;
  private BlockKind blockKind = BlockKind.CCP;

  // Equivalence form
  private Long fromBlockId;
  private Long toBlockId;
  private EquivalenceKind equivalenceKind = EquivalenceKind.TOTAL;

  /** f:viewAction: loads the version named by the {@code v} parameter; unknown codes are a 404. */
  public void load() throws java.io.IOException {
    var found = referential.findVersionDetail(code == null ? "" : code);
    if (found.isEmpty()) {
      var fc = jakarta.faces.context.FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    detail = found.get();
    loadPredecessorBlocks();
    var s = detail.summary();
    title = s.title();
    rncpCode = s.rncpCode();
    level = s.level();
    nsf = detail.nsf();
    legalBasis = detail.legalBasis();
    validFrom = s.validFrom();
    validUntil = s.validUntil();
    extended = s.extended();
  }

  private void reload() {
    detail = referential.getVersionDetail(detail.summary().id());
    loadPredecessorBlocks();
  }

  private void loadPredecessorBlocks() {
    predecessorBlocks =
        detail.predecessorId() == null
            ? List.of()
            : referential.listBlocks(detail.predecessorId()).stream()
                .map(b -> new BlockChoice(b.getId(), b.getCode(), b.getTitle()))
                .toList();
  }

  public void saveVersion() {
    edits.updateVersion(
        detail.summary().id(),
        detail.entityVersion(),
        new VersionFields(
            title, rncpCode, level, nsf, legalBasis, validFrom, validUntil, extended));
    Messages.info("referential.version.saved");
    reload();
  }

  public void prepareNewBlock() {
    targetId = null;
    blockCode = "";
    text = "";
    blockKind = BlockKind.CCP;
  }

  public void prepareBlock(VersionDetail.BlockView b) {
    targetId = b.id();
    targetVersion = b.entityVersion();
    blockCode = b.code();
    text = b.title();
    blockKind = b.kind();
  }

  public void saveBlock() {
    if (targetId == null) {
      edits.addBlock(detail.summary().id(), blockCode, text, blockKind);
    } else {
      edits.updateBlock(targetId, targetVersion, blockCode, text, blockKind);
    }
    Messages.info("referential.block.saved", blockCode);
    reload();
  }

  public void retireBlock(long id) {
    edits.retireBlock(id);
    Messages.info("referential.block.retired");
    reload();
  }

  public void reinstateBlock(long id) {
    edits.reinstateBlock(id);
    Messages.info("referential.block.reinstated");
    reload();
  }

  public void deleteBlock(long id) {
    edits.deleteBlock(id);
    Messages.info("referential.block.deleted");
    reload();
  }

  /** Prepares the competence dialog: {@code blockId} for a new one, or the competence to edit. */
  public void prepareNewCompetence(long blockId) {
    targetId = blockId;
    targetVersion = -1;
    text = "";
  }

  public void prepareCompetence(VersionDetail.CompetenceView c) {
    targetId = c.id();
    targetVersion = c.entityVersion();
    text = c.title();
  }

  public void saveCompetence() {
    if (targetVersion < 0) {
      edits.addCompetence(targetId, text);
    } else {
      edits.updateCompetence(targetId, targetVersion, text);
    }
    Messages.info("referential.competence.saved");
    reload();
  }

  public void deleteCompetence(long id) {
    edits.deleteCompetence(id);
    Messages.info("referential.competence.deleted");
    reload();
  }

  public void prepareNewCriterion(long competenceId) {
    targetId = competenceId;
    targetVersion = -1;
    text = "";
  }

  public void prepareCriterion(VersionDetail.CriterionView c) {
    targetId = c.id();
    targetVersion = c.entityVersion();
    text = c.description();
  }

  public void saveCriterion() {
    if (targetVersion < 0) {
      edits.addCriterion(targetId, text);
    } else {
      edits.updateCriterion(targetId, targetVersion, text);
    }
    Messages.info("referential.criterion.saved");
    reload();
  }

  public void deleteCriterion(long id) {
    edits.deleteCriterion(id);
    Messages.info("referential.criterion.deleted");
    reload();
  }

  public void addEquivalence() {
    edits.addEquivalence(fromBlockId, toBlockId, equivalenceKind);
    Messages.info("referential.equivalence.saved");
    reload();
  }

  public void removeEquivalence(long id) {
    edits.removeEquivalence(id);
    Messages.info("referential.equivalence.removed");
    reload();
  }

  /** Blocks of the previous version, the sources an equivalence can start from. */
  public List<BlockChoice> getPredecessorBlocks() {
    return predecessorBlocks;
  }

  public BlockKind[] getBlockKinds() {
    return BlockKind.values();
  }

  public EquivalenceKind[] getEquivalenceKinds() {
    return EquivalenceKind.values();
  }

  public VersionDetail getDetail() {
    return detail;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getRncpCode() {
    return rncpCode;
  }

  public void setRncpCode(String rncpCode) {
    this.rncpCode = rncpCode;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getNsf() {
    return nsf;
  }

  public void setNsf(String nsf) {
    this.nsf = nsf;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public boolean isExtended() {
    return extended;
  }

  public void setExtended(boolean extended) {
    this.extended = extended;
  }

  public Long getTargetId() {
    return targetId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getBlockCode() {
    return blockCode;
  }

  public void setBlockCode(String blockCode) {
    this.blockCode = blockCode;
  }

  public BlockKind getBlockKind() {
    return blockKind;
  }

  public void setBlockKind(BlockKind blockKind) {
    this.blockKind = blockKind;
  }

  public Long getFromBlockId() {
    return fromBlockId;
  }

  public void setFromBlockId(Long fromBlockId) {
    this.fromBlockId = fromBlockId;
  }

  public Long getToBlockId() {
    return toBlockId;
  }

  public void setToBlockId(Long toBlockId) {
    this.toBlockId = toBlockId;
  }

  public EquivalenceKind getEquivalenceKind() {
    return equivalenceKind;
  }

  public void setEquivalenceKind(EquivalenceKind equivalenceKind) {
    this.equivalenceKind = equivalenceKind;
  }
}

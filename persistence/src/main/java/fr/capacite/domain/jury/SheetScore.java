package fr.capacite.domain.jury;

import fr.capacite.domain.referential.Block;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One score of a sheet. The item is a criterion ({@code k:id}) or, for a competence whose criteria
 * are not known, the competence itself ({@code c:id}).
 */
@Entity
@Table(name = "sheet_score")
public class SheetScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sheet_id", nullable = false)
  private ScoreSheet sheet;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "item_key", nullable = false, length = 30)
  private String itemKey;

  @Column(nullable = false)
  private int score;

  protected SheetScore() {}

  SheetScore(ScoreSheet sheet, Block block, String itemKey, int score) {
    this.sheet = sheet;
    this.block = block;
    this.itemKey = itemKey;
    this.score = score;
  }

  void set(int value) {
    this.score = value;
  }

  public Long getSheetId() {
    return sheet.getId();
  }

  public Block getBlock() {
    return block;
  }

  public String getItemKey() {
    return itemKey;
  }

  public int getScore() {
    return score;
  }
}

package fr.capacite.domain.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The next free position in the credentials' status lists; one row, taken under a lock. */
@Entity
@Table(name = "credential_status_allocation")
public class StatusAllocation {

  public static final int ROW = 1;

  @Id private Integer id;

  @Column(name = "next_index", nullable = false)
  private int nextIndex;

  protected StatusAllocation() {}

  /** Takes the next position. */
  public int take() {
    return nextIndex++;
  }
}

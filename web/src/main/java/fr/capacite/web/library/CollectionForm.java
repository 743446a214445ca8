package fr.capacite.web.library;

import java.io.Serializable;

/** The fields that describe a collection, on the pages that create and edit one. */
public class CollectionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String description;
  private boolean share;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isShare() {
    return share;
  }

  public void setShare(boolean share) {
    this.share = share;
  }
}

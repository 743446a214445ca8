package fr.capacite.web.library;

import fr.capacite.application.library.EditConflictException;
import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.ResourceForm;
import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.Choice;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.ContentKind;
import fr.capacite.domain.library.Licence;
import fr.capacite.domain.library.ResourceFormat;
import fr.capacite.domain.library.ResourceLevel;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceType;
import fr.capacite.domain.library.Theme;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /library/edit.xhtml?r=}: writes a new resource or a new revision. A save on a stale
 * revision shows both versions: take the latest, or keep one's own on top of it knowingly.
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;
  @EJB private LibraryService library;
  @EJB private CatalogueService catalogue;
  @EJB private fr.capacite.application.library.ProposalService proposals;
  @EJB private fr.capacite.application.library.LibraryFiles files;

  /** Files uploaded in this editor, waiting to be inserted as blocks. */
  private final List<fr.capacite.application.library.LibraryFiles.Uploaded> uploads =
      new ArrayList<>();

  /** PrimeFaces upload listener: the file is checked and stored, then offered for insertion. */
  public void uploaded(org.primefaces.event.FileUploadEvent event) throws java.io.IOException {
    var file = event.getFile();
    try (var in = file.getInputStream()) {
      uploads.add(files.upload(file.getFileName(), in));
      fr.capacite.web.shared.Messages.info("library.file.ready");
    } catch (fr.capacite.application.shared.BusinessException e) {
      fr.capacite.web.shared.Messages.error(e);
    }
  }

  /** Inserts an uploaded file as a file or image block at the end. */
  public void insert(int index) {
    var u = uploads.remove(index);
    BlockRow row =
        BlockRow.file(u.image() ? ContentKind.IMAGE : ContentKind.FILE, u.sha256(), u.fileName());
    blocks.add(row);
  }

  public List<fr.capacite.application.library.LibraryFiles.Uploaded> getUploads() {
    return uploads;
  }

  public int getMaxUploadMb() {
    return fr.capacite.application.library.LibraryFiles.maxMegabytes();
  }

  /** Someone who does not maintain the resource proposes an edit instead of saving one. */
  private boolean proposing;

  private String slug;
  private int basedOn;
  private String title;
  private String summary;
  private List<String> themes = new ArrayList<>();
  private ResourceType type;
  private List<String> audiences = new ArrayList<>();
  private List<String> formats = new ArrayList<>();
  private Integer duration;
  private ResourceLevel level = ResourceLevel.DEBUTANT;
  private Licence licence = Licence.DEFAULT;
  private List<BlockRow> blocks = new ArrayList<>();
  private List<String> pix = new ArrayList<>();
  private String changeSummary;
  private List<Choice> pixChoices = List.of();
  private LibraryViews.ResourceView theirs;

  public void load() throws IOException {
    pixChoices = catalogue.pixChoices();
    if (slug == null || slug.isBlank()) {
      blocks.add(new BlockRow(ContentKind.SECTION));
      blocks.add(new BlockRow(ContentKind.TEXT));
      return;
    }
    try {
      LibraryViews.ResourceView v = reader.read(slug, null);
      proposing = !v.canEdit();
      fill(reader.read(slug, proposing ? v.revision() : v.latest()));
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  private void fill(LibraryViews.ResourceView v) {
    basedOn = v.revision();
    ResourceMetadata m = v.metadata();
    title = m.title();
    summary = m.summary();
    themes = m.themes().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    type = m.type();
    audiences =
        m.audiences().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    formats = m.formats().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    duration = m.durationMinutes();
    level = m.level();
    licence = m.licence();
    pix = new ArrayList<>(v.pixCodes());
    competenceIds = v.competenceIds();
    blocks = new ArrayList<>();
    reader.revisionContent(v.slug(), v.revision()).forEach(c -> blocks.add(BlockRow.of(c)));
    changeSummary = null;
  }

  private Set<Long> competenceIds = Set.of();

  private ResourceForm form() {
    return new ResourceForm(
        title,
        summary,
        names(themes, Theme.class),
        type,
        names(audiences, Audience.class),
        names(formats, ResourceFormat.class),
        duration,
        level,
        licence,
        blocks.stream().map(BlockRow::content).toList(),
        competenceIds,
        Set.copyOf(pix),
        changeSummary);
  }

  /** Enum values from the ticked names (Faces fills the list with the items' strings). */
  private static <E extends Enum<E>> Set<E> names(List<?> ticked, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    ticked.forEach(t -> out.add(Enum.valueOf(type, String.valueOf(t))));
    return out;
  }

  /**
   * Every problem of the form at once, each naming its field or block ("Bloc 3 : …"), rather than
   * the first one only; the service checks the same rules again.
   */
  private boolean allProblemsShown() {
    List<String> problems = new ArrayList<>();
    if (!proposing) {
      form().metadata().problems().forEach(k -> problems.add(Messages.text(k)));
    }
    for (int i = 0; i < blocks.size(); i++) {
      var problem = blocks.get(i).content().problem();
      if (problem.isPresent()) {
        problems.add(Messages.text("library.block.problem", i + 1, Messages.text(problem.get())));
      }
    }
    problems.forEach(Messages::errorText);
    if (!problems.isEmpty()) {
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    }
    return !problems.isEmpty();
  }

  public String save() {
    if (allProblemsShown()) {
      return null;
    }
    try {
      if (slug == null || slug.isBlank()) {
        String created = library.create(form());
        Messages.info("library.created", title);
        return "/library/resource?faces-redirect=true&r=" + created;
      }
      if (proposing) {
        long id =
            proposals.propose(
                slug, basedOn, blocks.stream().map(BlockRow::content).toList(), changeSummary);
        Messages.info("library.proposal.sent");
        return "/library/proposal?faces-redirect=true&id=" + id;
      }
      library.save(slug, basedOn, form());
      Messages.info("library.saved", basedOn + 1);
      return "/library/resource?faces-redirect=true&r=" + slug + "&rev=" + (basedOn + 1);
    } catch (EditConflictException e) {
      theirs = reader.read(slug, e.getLatest());
      Messages.error("library.conflict", e.getBasedOn(), e.getLatest());
      return null;
    }
  }

  /** Gives up one's changes and continues from the latest revision. */
  public void takeTheirs() {
    fill(theirs);
    theirs = null;
  }

  /** Keeps one's own text, now knowingly based on the latest revision; the next save applies it. */
  public void keepMine() {
    basedOn = theirs.revision();
    theirs = null;
    Messages.info("library.conflict.keepMine.done");
  }

  public void addBlock(ContentKind kind) {
    blocks.add(new BlockRow(kind));
  }

  public void removeBlock(int index) {
    blocks.remove(index);
  }

  public void moveUp(int index) {
    if (index > 0) {
      Collections.swap(blocks, index, index - 1);
    }
  }

  public void moveDown(int index) {
    if (index < blocks.size() - 1) {
      Collections.swap(blocks, index, index + 1);
    }
  }

  public ContentKind[] getTextKinds() {
    return new ContentKind[] {ContentKind.SECTION, ContentKind.TEXT, ContentKind.LINK};
  }

  public Theme[] getAllThemes() {
    return Theme.values();
  }

  public ResourceType[] getAllTypes() {
    return ResourceType.values();
  }

  public Audience[] getAllAudiences() {
    return Audience.values();
  }

  public ResourceFormat[] getAllFormats() {
    return ResourceFormat.values();
  }

  public ResourceLevel[] getAllLevels() {
    return ResourceLevel.values();
  }

  public Licence[] getAllLicences() {
    return Licence.values();
  }

  public List<Choice> getPixChoices() {
    return pixChoices;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public boolean isProposing() {
    return proposing;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes;
  }

  public ResourceType getType() {
    return type;
  }

  public void setType(ResourceType type) {
    this.type = type;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public List<String> getFormats() {
    return formats;
  }

  public void setFormats(List<String> formats) {
    this.formats = formats;
  }

  public Integer getDuration() {
    return duration;
  }

  public void setDuration(Integer duration) {
    this.duration = duration;
  }

  public ResourceLevel getLevel() {
    return level;
  }

  public void setLevel(ResourceLevel level) {
    this.level = level;
  }

  public Licence getLicence() {
    return licence;
  }

  public void setLicence(Licence licence) {
    this.licence = licence;
  }

  public List<BlockRow> getBlocks() {
    return blocks;
  }

  public List<String> getPix() {
    return pix;
  }

  public void setPix(List<String> pix) {
    this.pix = pix;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public void setChangeSummary(String changeSummary) {
    this.changeSummary = changeSummary;
  }

  public LibraryViews.ResourceView getTheirs() {
    return theirs;
  }

  /** The editor's own blocks as text, shown beside the latest version in a conflict. */
  public String getMineAsText() {
    return blocks.stream().map(b -> b.content().plainText()).collect(Collectors.joining("\n\n"));
  }
}

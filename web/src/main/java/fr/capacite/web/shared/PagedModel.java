package fr.capacite.web.shared;

import fr.capacite.application.shared.PageSlice;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table model over a paginated service call: the database returns one page and the total,
 * never the whole list.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** A service call returning one page. */
  @FunctionalInterface
  public interface Pages<T> extends Serializable {
    PageSlice<T> page(int first, int size);
  }

  /** The key that identifies a row. */
  @FunctionalInterface
  public interface Keys<T> extends Serializable {
    Object key(T row);
  }

  private final Pages<T> pages;
  private final Keys<T> keys;

  public PagedModel(Pages<T> pages, Keys<T> keys) {
    this.pages = pages;
    this.keys = keys;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) pages.page(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageSlice<T> page = pages.page(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keys.key(row));
  }
}

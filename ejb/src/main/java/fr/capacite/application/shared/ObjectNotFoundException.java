package fr.capacite.application.shared;

/** The requested object does not exist, or is not visible to the caller (shown as 404). */
public class ObjectNotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ObjectNotFoundException(String kind, Object id) {
    super("error.notFound", kind, String.valueOf(id));
  }
}

package fr.capacite.web.shared;

import fr.capacite.domain.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The areas of the main menu and who may see them. An area appears once its pages exist; the same
 * roles protect its folder in web.xml.
 */
@Named
@RequestScoped
public class Navigation {

  /**
   * A menu entry: i18n key, landing page, the roles that see it, and whether visitors without an
   * account see it too (its landing page is public).
   */
  public record Area(
      String key, String outcome, List<String> folders, Set<Role> roles, boolean open) {

    Area(String key, String outcome, List<String> folders, Set<Role> roles) {
      this(key, outcome, folders, roles, false);
    }
  }

  static final List<Area> AREAS =
      List.of(
          new Area(
              "nav.referential",
              "/referential/index",
              List.of("/referential/"),
              EnumSet.allOf(Role.class)),
          new Area(
              "nav.organisation",
              "/organisation/index",
              List.of("/organisation/", "/cohort/"),
              EnumSet.of(Role.ADMIN, Role.ORG_MANAGER, Role.TRAINER)),
          new Area(
              "nav.jury",
              "/jury/index",
              List.of("/jury/"),
              EnumSet.of(Role.ADMIN, Role.ORG_MANAGER, Role.JUROR)),
          new Area("nav.path", "/path/index", List.of("/path/"), EnumSet.of(Role.MEDIATOR)),
          new Area(
              "nav.logbook", "/logbook/index", List.of("/logbook/"), EnumSet.of(Role.MEDIATOR)),
          new Area(
              "nav.today",
              "/cohort/today",
              List.of("/cohort/today", "/cohort/presence"),
              EnumSet.of(Role.TRAINER)),
          new Area(
              "nav.catalogue",
              "/path/catalogue",
              List.of(
                  "/path/catalogue",
                  "/path/module",
                  "/path/learner",
                  "/path/positioning-test",
                  "/path/routing",
                  "/path/template"),
              EnumSet.of(Role.ADMIN, Role.ORG_MANAGER, Role.TRAINER, Role.JUROR, Role.CURATOR)),
          new Area(
              "nav.library",
              "/library/index",
              List.of("/library/"),
              EnumSet.allOf(Role.class),
              true),
          new Area(
              "nav.offers", "/offers/index", List.of("/offers/"), EnumSet.allOf(Role.class), true),
          new Area(
              "nav.observatory",
              "/observatory/index",
              List.of("/observatory/"),
              EnumSet.allOf(Role.class),
              true),
          new Area("nav.admin", "/admin/users", List.of("/admin/"), EnumSet.of(Role.ADMIN)));

  /** The areas the current user may open. */
  public List<Area> getAreas() {
    if (areas == null) {
      boolean visitor = !isLoggedIn();
      Set<Role> mine = roles();
      areas =
          AREAS.stream()
              .filter(a -> (visitor && a.open()) || a.roles().stream().anyMatch(mine::contains))
              .toList();
    }
    return areas;
  }

  private List<Area> areas;
  private Set<Role> roles;

  /**
   * The caller's roles, asked of the container once per request: each question goes through the
   * security policy, and the menu and header ask them many times while a page is written.
   */
  private Set<Role> roles() {
    if (roles == null) {
      var ec = FacesContext.getCurrentInstance().getExternalContext();
      Set<Role> found = EnumSet.noneOf(Role.class);
      if (ec.getUserPrincipal() != null) {
        for (Role r : Role.values()) {
          if (ec.isUserInRole(r.name())) {
            found.add(r);
          }
        }
      }
      roles = found;
    }
    return roles;
  }

  /** Whether the current page belongs to the area (for aria-current). */
  public boolean isCurrent(Area area) {
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    // The most specific folder wins: /cohort/today is the trainer's day, not the organisations.
    int mine = longestMatch(area, viewId);
    return mine > 0 && AREAS.stream().allMatch(a -> longestMatch(a, viewId) <= mine);
  }

  private static int longestMatch(Area area, String viewId) {
    return area.folders().stream()
        .filter(viewId::startsWith)
        .mapToInt(String::length)
        .max()
        .orElse(0);
  }

  /**
   * The address of the page being shown, relative to the application, for the language switch to
   * come back to. On an error page it is the address that failed, not the error view.
   */
  public String getReturnPath() {
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object errorUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    Object forwardUri = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
    String uri =
        errorUri != null
            ? errorUri.toString()
            : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    String query = errorUri == null && forwardUri == null ? request.getQueryString() : null;
    return query == null ? path : path + "?" + query;
  }

  /**
   * Where the header's login link brings the visitor back to: the page being read, unless it is the
   * home page, the login page or an error page (nothing to come back to there); else null.
   */
  public String getLoginReturnPath() {
    var fc = FacesContext.getCurrentInstance();
    var request = (jakarta.servlet.http.HttpServletRequest) fc.getExternalContext().getRequest();
    String viewId = fc.getViewRoot() == null ? "" : fc.getViewRoot().getViewId();
    if (request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) != null
        || viewId.startsWith("/errorpages/")) {
      return null;
    }
    String path = getReturnPath();
    return path.startsWith("/login.xhtml") || path.equals("/index.xhtml") || path.equals("/")
        ? null
        : path;
  }

  @jakarta.ejb.EJB private fr.capacite.application.shared.NotificationService notifications;

  private Long unread;

  /** Unread notifications of the current user (one count per request). */
  public long getUnread() {
    if (unread == null) {
      unread = isLoggedIn() && hasAnyRole() ? notifications.unreadCount() : 0L;
    }
    return unread;
  }

  private boolean hasAnyRole() {
    return !roles().isEmpty();
  }

  public boolean isLoggedIn() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
  }

  public boolean isAdmin() {
    return roles().contains(Role.ADMIN);
  }

  /** Whether the current user may change organisations (administrators, managers). */
  public boolean isCanManage() {
    return roles().contains(Role.ADMIN) || roles().contains(Role.ORG_MANAGER);
  }

  public String getUserName() {
    var p = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return p == null ? "" : p.getName();
  }
}

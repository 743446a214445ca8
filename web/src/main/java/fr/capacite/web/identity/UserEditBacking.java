package fr.capacite.web.identity;

import fr.capacite.application.identity.UserAdminService;
import fr.capacite.application.identity.UserForm;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code /admin/user-edit.xhtml}: create an account, or edit roles, status and password. */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdminService users;
  @EJB private fr.capacite.application.identity.PersonalDataService personalData;

  private Long id;
  private long entityVersion;
  private boolean active = true;
  private java.time.Instant erasedAt;

  @NotBlank
  @Size(max = User.USERNAME_MAX)
  @Pattern(regexp = User.USERNAME_PATTERN, message = "{identity.username.pattern}")
  private String username;

  @NotBlank
  @Email
  @Size(max = User.EMAIL_MAX)
  private String email;

  @NotBlank
  @Size(max = User.DISPLAY_NAME_MAX)
  private String displayName;

  private Role[] roles = new Role[0];
  private String password;

  /** Called by f:viewAction; an unknown id is a 404. */
  public void load() throws java.io.IOException {
    if (id == null) {
      return;
    }
    var found = users.findUser(id);
    if (found.isEmpty()) {
      var fc = jakarta.faces.context.FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    User u = found.get();
    username = u.getUsername();
    email = u.getEmail();
    displayName = u.getDisplayName();
    roles = u.getRoles().toArray(Role[]::new);
    active = u.isActive();
    erasedAt = u.getErasedAt();
    entityVersion = u.getVersion();
  }

  public String save() {
    if (id == null) {
      if (password == null || password.isEmpty()) {
        Messages.error("identity.password.required");
        return null;
      }
      User u =
          users.create(
              new UserForm(username, email, displayName, roleSet()), password.toCharArray());
      Messages.info("admin.userEdit.created", u.getUsername());
      return "/admin/user-edit?faces-redirect=true&id=" + u.getId();
    }
    User u = users.update(id, entityVersion, displayName, email, roleSet());
    if (password != null && !password.isEmpty()) {
      users.resetPassword(id, password.toCharArray());
    }
    Messages.info("admin.userEdit.saved", u.getUsername());
    return "/admin/user-edit?faces-redirect=true&id=" + id;
  }

  public String deactivate() {
    users.deactivate(id);
    Messages.info("admin.userEdit.deactivated", username);
    return "/admin/user-edit?faces-redirect=true&id=" + id;
  }

  public String reactivate() {
    users.reactivate(id);
    Messages.info("admin.userEdit.reactivated", username);
    return "/admin/user-edit?faces-redirect=true&id=" + id;
  }

  /** Erases the person (RGPD art. 17) after the administrator confirmed it. */
  public String erase() {
    String pseudonym = personalData.erase(id);
    Messages.info("admin.userEdit.erased", pseudonym);
    return "/admin/user-edit?faces-redirect=true&id=" + id;
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  /** When the person was erased, in the viewer's language. */
  public String getErasedOn() {
    return erasedAt == null ? "" : fr.capacite.web.shared.Dates.momentToTheSecond(erasedAt);
  }

  private Set<Role> roleSet() {
    return roles == null || roles.length == 0
        ? EnumSet.noneOf(Role.class)
        : EnumSet.copyOf(List.of(roles));
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isActive() {
    return active;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

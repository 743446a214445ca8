package fr.capacite.application.identity;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters to create an account. */
public record UserForm(
    @NotBlank @Size(max = User.USERNAME_MAX) @Pattern(regexp = User.USERNAME_PATTERN)
        String username,
    @NotBlank @Email @Size(max = User.EMAIL_MAX) String email,
    @NotBlank @Size(max = User.DISPLAY_NAME_MAX) String displayName,
    Set<Role> roles) {}

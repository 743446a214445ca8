package fr.capacite.domain.identity;

import java.util.Locale;

/**
 * Who an OpenID Connect provider says signs in: its issuer, the subject it gives the person, and
 * the claims Capacité uses (address, whether the provider verified it, names). ProConnect gives the
 * usual name ({@code usual_name}) where others give the family name.
 */
public record OpenIdIdentity(
    String issuer,
    String subject,
    String email,
    Boolean emailVerified,
    String givenName,
    String familyName) {

  /**
   * The address, in lower case, when it can open an account: the provider verified it, either by
   * saying so in the claim {@code email_verified}, or because it verifies every address it gives
   * (ProConnect: a setting of the installation). Null otherwise.
   */
  public String trustedEmail(boolean providerVerifiesEveryAddress) {
    if (email == null || email.isBlank() || !email.contains("@")) {
      return null;
    }
    boolean verified =
        Boolean.TRUE.equals(emailVerified)
            || (emailVerified == null && providerVerifiesEveryAddress);
    return verified ? email.strip().toLowerCase(Locale.ROOT) : null;
  }

  /** The name shown for a new account: given and family names, else the address's local part. */
  public String displayName() {
    String name =
        ((givenName == null ? "" : givenName.strip())
                + " "
                + (familyName == null ? "" : familyName.strip()))
            .strip();
    if (name.isEmpty() && email != null && email.contains("@")) {
      name = email.substring(0, email.indexOf('@'));
    }
    return name.length() > User.DISPLAY_NAME_MAX ? name.substring(0, User.DISPLAY_NAME_MAX) : name;
  }
}

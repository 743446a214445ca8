package fr.capacite.application.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import fr.capacite.domain.credential.IssuerKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The issuer's ES256 signing key: generated with Nimbus on first start and kept in the database
 * (table issuer_key, readable by the application's database account only); older keys remain to
 * verify what they signed.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
public class IssuerKeys {

  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void ensureKey() {
    if (em.createNamedQuery("IssuerKey.findActive", IssuerKey.class).getResultList().isEmpty()) {
      try {
        ECKey key =
            new ECKeyGenerator(Curve.P_256)
                .keyID("capacite-" + UUID.randomUUID().toString().substring(0, 8))
                .generate();
        em.persist(
            new IssuerKey(
                key.getKeyID(),
                "ES256",
                key.toJSONString(),
                key.toPublicJWK().toJSONString(),
                Instant.now()));
        LOG.info(() -> "Credential signing key " + key.getKeyID() + " generated");
      } catch (JOSEException e) {
        throw new IllegalStateException("no signing key could be generated", e);
      }
    }
  }

  /** The key new credentials are signed with. */
  @Lock(LockType.READ)
  public ECKey signingKey() {
    IssuerKey k =
        em.createNamedQuery("IssuerKey.findActive", IssuerKey.class)
            .setMaxResults(1)
            .getResultList()
            .get(0);
    return parse(k.getPrivateJwk());
  }

  /** A public key by its id, active or retired. */
  @Lock(LockType.READ)
  public Optional<ECKey> publicKey(String kid) {
    return em.createNamedQuery("IssuerKey.findByKid", IssuerKey.class)
        .setParameter("kid", kid)
        .getResultStream()
        .findFirst()
        .map(k -> parse(k.getPublicJwk()));
  }

  /** Every public key, for the issuer's JWK set. */
  @Lock(LockType.READ)
  public List<String> publicJwks() {
    return em.createNamedQuery("IssuerKey.findAll", IssuerKey.class).getResultList().stream()
        .map(IssuerKey::getPublicJwk)
        .toList();
  }

  private static ECKey parse(String json) {
    try {
      return JWK.parse(json).toECKey();
    } catch (ParseException e) {
      throw new IllegalStateException("unreadable stored key", e);
    }
  }
}

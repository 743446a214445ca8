package fr.capacite.application.shared;

import fr.capacite.domain.shared.DocumentSigningKey;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FileInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Calendar;
import java.util.logging.Logger;

/**
 * Signs the documents the platform issues (PAdES, {@link PadesSignature}). The key comes from the
 * keystore named by {@code CAPACITE_DOCUMENT_KEYSTORE} (PKCS#12, password in {@code
 * CAPACITE_DOCUMENT_KEYSTORE_PASSWORD}) when an operator supplies a certificate from a trusted
 * authority; otherwise an ECDSA P-256 key with a self-signed certificate is generated on first
 * start and kept in the database, so that readers still show the file intact and its issuer.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
public class DocumentSigner {

  /** Who the signature names, as readers show it. */
  public static final String SIGNER = "Capacité — plateforme de la médiation numérique";

  private static final Logger LOG = Logger.getLogger(DocumentSigner.class.getName());

  @PersistenceContext private EntityManager em;

  private PrivateKey key;
  private X509Certificate certificate;

  @PostConstruct
  void load() {
    String keystore = System.getenv("CAPACITE_DOCUMENT_KEYSTORE");
    try {
      if (keystore != null && !keystore.isBlank()) {
        fromKeystore(keystore, System.getenv("CAPACITE_DOCUMENT_KEYSTORE_PASSWORD"));
        return;
      }
      DocumentSigningKey stored =
          em.createNamedQuery("DocumentSigningKey.findActive", DocumentSigningKey.class)
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElseGet(this::generate);
      key =
          KeyFactory.getInstance("EC")
              .generatePrivate(
                  new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getPrivateKey())));
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new java.io.ByteArrayInputStream(
                          Base64.getDecoder().decode(stored.getCertificate())));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("no document signing key", e);
    }
  }

  private void fromKeystore(String path, String password)
      throws GeneralSecurityException, IOException {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = new FileInputStream(path)) {
      ks.load(in, secret);
    }
    String alias =
        java.util.Collections.list(ks.aliases()).stream()
            .filter(
                a -> {
                  try {
                    return ks.isKeyEntry(a);
                  } catch (java.security.KeyStoreException e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no key in " + path));
    key = (PrivateKey) ks.getKey(alias, secret);
    certificate = (X509Certificate) ks.getCertificate(alias);
    LOG.info(() -> "Documents signed as " + certificate.getSubjectX500Principal());
  }

  private DocumentSigningKey generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      var pair = g.generateKeyPair();
      X509Certificate cert = PadesSignature.selfSigned(pair, SIGNER);
      DocumentSigningKey k =
          new DocumentSigningKey(
              Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
              Base64.getEncoder().encodeToString(cert.getEncoded()),
              Instant.now());
      em.persist(k);
      LOG.info("Document signing key generated (self-signed certificate)");
      return k;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no document signing key could be generated", e);
    }
  }

  /** The document, signed by the platform with the reason readers show. */
  @Lock(LockType.READ)
  public byte[] sign(byte[] pdf, String reason) {
    return PadesSignature.sign(pdf, key, certificate, SIGNER, reason, Calendar.getInstance());
  }

  /** The certificate documents are signed with, for verifiers. */
  @Lock(LockType.READ)
  public X509Certificate certificate() {
    return certificate;
  }
}

package fr.capacite.application.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A PAdES baseline signature (B-B: ETSI.CAdES.detached, with the signing certificate as a signed
 * attribute) added to a finished PDF as an incremental update, so that any PDF reader shows the
 * file intact and who issued it. PDFBox places the signature; Bouncy Castle writes the CMS.
 */
public final class PadesSignature {

  private PadesSignature() {}

  /** Signs {@code pdf} with the key and its certificate; the original bytes stay a prefix. */
  public static byte[] sign(
      byte[] pdf,
      PrivateKey key,
      X509Certificate certificate,
      String name,
      String reason,
      Calendar when) {
    try (PDDocument doc = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(name);
      signature.setReason(reason);
      signature.setSignDate(when);
      options.setPreferredSignatureSize(16_384);
      doc.addSignature(signature, content -> cms(content, key, certificate), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
      doc.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("document not signed", e);
    }
  }

  /** The detached CMS of the signed byte ranges, with ESS signing-certificate-v2 (PAdES). */
  private static byte[] cms(InputStream content, PrivateKey key, X509Certificate certificate)
      throws IOException {
    try {
      byte[] data = content.readAllBytes();
      X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
      byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      SigningCertificateV2 signingCertificate =
          new SigningCertificateV2(
              new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                    // PAdES forbids the signing-time attribute: the time is the dictionary's M.
                    @Override
                    @SuppressWarnings("rawtypes")
                    protected java.util.Hashtable createStandardAttributeTable(
                        java.util.Map parameters) {
                      java.util.Hashtable table = super.createStandardAttributeTable(parameters);
                      table.remove(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
                      return table;
                    }
                  })
              .build(new JcaContentSignerBuilder(algorithm(key)).build(key), holder));
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("signature not computed", e);
    }
  }

  private static String algorithm(PrivateKey key) {
    return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }

  /**
   * A self-signed certificate for the platform's document key, valid ten years: what a fresh
   * installation signs with until an operator supplies a certificate from a trusted authority.
   */
  public static X509Certificate selfSigned(KeyPair pair, String commonName) {
    try {
      X500Name subject = new X500Name("CN=" + commonName + ", O=Capacité, C=FR");
      Date from = new Date();
      Date until = new Date(from.getTime() + 10L * 365 * 24 * 3600 * 1000);
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, new java.security.SecureRandom()),
              from,
              until,
              subject,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder(algorithm(pair.getPrivate()))
                      .build(pair.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("certificate not created", e);
    }
  }
}

package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/**
 * A signed document verifies with Bouncy Castle over exactly its byte ranges, carries what PAdES
 * asks (ETSI.CAdES.detached, signing-certificate-v2, no signing-time), stays PDF/A-2a and PDF/UA-1
 * for veraPDF, and any changed byte breaks the signature.
 */
class PadesSignatureTest {

  @Test
  void aSignedDocumentVerifiesAndStaysArchival() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = g.generateKeyPair();
    X509Certificate cert = PadesSignature.selfSigned(pair, "Capacité — essai");
    var d = ArchivalPdf.document("Procès-verbal d’essai", Locale.FRENCH);
    ArchivalPdf.paragraph(d.body(), "Contenu signé.", null);
    byte[] original = ArchivalPdf.render(d);
    byte[] signed =
        PadesSignature.sign(
            original, pair.getPrivate(), cert, "Capacité", "Document émis", Calendar.getInstance());

    assertTrue(Arrays.equals(original, Arrays.copyOf(signed, original.length)), "incremental");
    try (PDDocument doc = Loader.loadPDF(signed)) {
      assertEquals(1, doc.getSignatureDictionaries().size());
      PDSignature sig = doc.getSignatureDictionaries().get(0);
      assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), sig.getSubFilter());
      int[] range = sig.getByteRange();
      assertEquals(0, range[0]);
      assertEquals(signed.length, range[2] + range[3], "the ranges cover the whole file");
      assertTrue(verifies(signed, sig.getContents(signed), range, cert));
      SignerInformation signer =
          new CMSSignedData(
                  new CMSProcessableByteArray(covered(signed, range)), der(sig.getContents(signed)))
              .getSignerInfos()
              .getSigners()
              .iterator()
              .next();
      assertNotNull(
          signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
      assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime));

      byte[] tampered = signed.clone();
      int at = range[1] - 10;
      tampered[at] = (byte) (tampered[at] ^ 0x01);
      assertFalse(verifies(tampered, sig.getContents(signed), range, cert), "one byte changed");
    }
    PdfChecks.assertArchivalAndAccessible(signed);
  }

  /** The signature's DER, without the zero padding of the reserved /Contents space. */
  private static byte[] der(byte[] contents) throws java.io.IOException {
    try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      return in.readObject().getEncoded();
    }
  }

  private static byte[] covered(byte[] file, int[] range) {
    byte[] out = new byte[range[1] + range[3]];
    System.arraycopy(file, range[0], out, 0, range[1]);
    System.arraycopy(file, range[2], out, range[1], range[3]);
    return out;
  }

  private static boolean verifies(byte[] file, byte[] cms, int[] range, X509Certificate cert)
      throws Exception {
    SignerInformation signer =
        new CMSSignedData(new CMSProcessableByteArray(covered(file, range)), der(cms))
            .getSignerInfos()
            .getSigners()
            .iterator()
            .next();
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
    } catch (org.bouncycastle.cms.CMSException e) {
      // The content digest no longer matches the signed one.
      return false;
    }
  }
}

/**
 * The competence referential of the professional title: {@code Certification} (titre professionnel)
 * → {@code CertificationVersion} (millésime) → {@code Block} (CCP/CCS) → {@code Competence} →
 * {@code Criterion}, with {@code BlockEquivalence} between versions and the Pix framework as a
 * second referential. Versions are data, never code.
 */
package fr.capacite.domain.referential;

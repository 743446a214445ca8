/** Verifiable credentials and the issuer's signing keys (area {@code credential}). */
package fr.capacite.domain.credential;

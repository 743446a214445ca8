/**
 * Verifiable credentials (area {@code credential}): Open Badges 3.0 issued for blocks and titles
 * (jury), completed modules (path), and contributions and reviews (library); their keys, documents,
 * public check and revocation. Serves several areas, so none of them depends on another for it.
 */
package fr.capacite.application.credential;

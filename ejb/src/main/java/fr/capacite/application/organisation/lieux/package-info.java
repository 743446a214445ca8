/**
 * Sites as "lieux de médiation numérique" (La Mednum / ANCT Table Schema v1.0.2): parsing and
 * validating a CSV against the published schema, and writing sites back in that format.
 */
package fr.capacite.application.organisation.lieux;

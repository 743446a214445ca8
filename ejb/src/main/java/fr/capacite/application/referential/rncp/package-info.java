/**
 * France Compétences open data (RNCP): parsers for the CSV files ({@code Standard}, {@code
 * Blocs_De_Compétences}, {@code Ancienne_Nouvelle_Certification}) and the XML export, and the
 * planner that turns a parsed data set into a preview of changes. Pure code, no database.
 */
package fr.capacite.application.referential.rncp;

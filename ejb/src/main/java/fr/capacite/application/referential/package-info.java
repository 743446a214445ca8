/**
 * Browsing and editing the competence referential, loading its reference data, and importing France
 * Compétences open data (RNCP CSV and XML) with a preview then one transaction.
 */
package fr.capacite.application.referential;

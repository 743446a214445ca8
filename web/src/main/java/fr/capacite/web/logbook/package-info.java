/** The practice logbook's pages (journal de pratique). */
package fr.capacite.web.logbook;

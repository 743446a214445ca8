/** The practice logbook's services: a mediator's own entries (see {@code domain.logbook}). */
package fr.capacite.application.logbook;

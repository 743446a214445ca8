/**
 * The practice logbook (journal de pratique): what mediators do every day, logged in seconds, in
 * the vocabulary of La Coop de la médiation numérique (ANCT), so that it can become evidence for
 * their title, a map of what people ask for, and a measure of impact.
 */
package fr.capacite.domain.logbook;

/**
 * Juries: exam sessions, jurors and their habilitation, candidates, conflict screening, and block
 * results with capitalisation (R1–R10).
 */
package fr.capacite.domain.jury;

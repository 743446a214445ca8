/** Exam sessions, jurors and their conflicts (R1–R4, R6–R8, R10). */
package fr.capacite.application.jury;

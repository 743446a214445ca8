/** Cohort pages ({@code /cohort/}): planning a cohort and enrolling learners. */
package fr.capacite.web.cohort;

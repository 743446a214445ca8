/**
 * Cohorts of an organisation and enrolment into them: capacity never exceeded, even under
 * concurrent enrolments, with an ordered waiting list promoted automatically (R12); path hours from
 * the programme (R11).
 */
package fr.capacite.application.cohort;

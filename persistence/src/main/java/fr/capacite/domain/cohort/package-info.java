/**
 * Cohorts (promotions): a programme and its allowed path hours, the targeted blocks of a title
 * version, dates, capacity (effectif maximal), modality, sites and trainers; enrolments with an
 * ordered waiting list (R12).
 */
package fr.capacite.domain.cohort;

/**
 * Training organisations (organismes de formation): identity (SIRET, NDA), Qualiopi certificate,
 * members (for ownership checks), sites, and exam-centre approvals (agréments DREETS).
 */
package fr.capacite.domain.organisation;

/**
 * Training organisations: identity, Qualiopi, sites and exam-centre approvals. Managers and
 * trainers act only for the organisations they are members of; anything else is "not found".
 */
package fr.capacite.application.organisation;

/**
 * Referential pages ({@code /referential/}) and the read-only JSON API ({@code /api/referential}).
 */
package fr.capacite.web.referential;

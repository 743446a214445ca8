/**
 * Continuing education (area {@code path}): the module catalogue and path templates, individual
 * learning plans with gap analysis and deadlines, Pix imports and deadline reminders.
 */
package fr.capacite.application.path;

/**
 * Continuing education (formation continue): the module catalogue, path templates, completed
 * modules, Pix results, learning plans with their gap analysis and deadlines.
 */
package fr.capacite.domain.path;

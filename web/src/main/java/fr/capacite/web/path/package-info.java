/** The learner's pages ({@code /path/}): their sessions and attendance; paths come later. */
package fr.capacite.web.path;

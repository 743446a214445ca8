/**
 * The teaching-resource library (area {@code library}): writing and revising resources, Markdown
 * rendering and sanitising, diffs between revisions, files by content hash.
 */
package fr.capacite.application.library;

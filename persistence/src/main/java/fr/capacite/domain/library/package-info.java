/**
 * The teaching-resource library (ressourcerie): resources made of immutable numbered revisions of
 * ordered content blocks, maintainers and credited contributors, files stored by content hash.
 */
package fr.capacite.domain.library;

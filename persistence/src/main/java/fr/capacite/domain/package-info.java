/**
 * Domain model: entities and value objects, one package per area ({@code referential}, {@code
 * organisation}, {@code cohort}, {@code jury}, {@code path}, {@code library}, {@code identity},
 * {@code shared}). Entities carry the behaviour that guards their invariants.
 */
package fr.capacite.domain;

/**
 * Application services: one no-interface {@code @Stateless <Area>Service} per use-case family, with
 * {@code @RolesAllowed} and ownership checks. {@code find*} returns {@code Optional} or a list;
 * {@code get*} returns the value or throws a {@link
 * fr.capacite.application.shared.BusinessException}.
 */
package fr.capacite.application;

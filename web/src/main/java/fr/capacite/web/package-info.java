/**
 * Web layer: Faces pages' backing beans ({@code @Named @ViewScoped}, one per page, thin) and REST
 * endpoints ({@code *Endpoint}, under {@code /api}), one package per area.
 */
package fr.capacite.web;

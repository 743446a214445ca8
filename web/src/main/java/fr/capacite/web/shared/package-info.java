/**
 * Cross-area web plumbing: the layout's navigation and language, translated messages, security
 * headers, error handling for Faces and JSON, and the JAX-RS application with its OpenAPI document.
 */
package fr.capacite.web.shared;

/** Files stored on disk by their content hash. */
package fr.capacite.infrastructure.files;

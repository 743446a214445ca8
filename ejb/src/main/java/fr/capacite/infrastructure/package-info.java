/** Technical services: schema migration, start-up data, security plumbing. */
package fr.capacite.infrastructure;

/** Schema migration (Flyway) and the data every start needs: reference data, demo accounts. */
package fr.capacite.infrastructure.persistence;

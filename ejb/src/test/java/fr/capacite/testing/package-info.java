/** Test support shared by the integration tests: deployments, identities, data builders. */
package fr.capacite.testing;

/** Accounts, roles and the state that protects them (throttling after failed logins). */
package fr.capacite.domain.identity;

/** Authentication against the user table, throttling, and account administration. */
package fr.capacite.application.identity;

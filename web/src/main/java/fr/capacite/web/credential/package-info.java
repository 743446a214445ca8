/** The holder's credentials, their downloads and the public check (area {@code credential}). */
package fr.capacite.web.credential;

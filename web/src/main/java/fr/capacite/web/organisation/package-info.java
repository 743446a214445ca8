/** Organisation pages ({@code /organisation/}): the list, and one organisation with its sites. */
package fr.capacite.web.organisation;

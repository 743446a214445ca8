/** Login, logout, the identity store, and the administration pages under {@code /admin/}. */
package fr.capacite.web.identity;

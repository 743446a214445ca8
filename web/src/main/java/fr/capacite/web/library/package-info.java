/** Pages and endpoints of the teaching-resource library. */
package fr.capacite.web.library;

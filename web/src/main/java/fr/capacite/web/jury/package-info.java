/** Pages and endpoints of exam sessions and jurors. */
package fr.capacite.web.jury;

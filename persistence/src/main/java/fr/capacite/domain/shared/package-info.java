/** Cross-area model: the audit log. */
package fr.capacite.domain.shared;

/** Cross-area services and types: business exceptions, paging, the audit log. */
package fr.capacite.application.shared;

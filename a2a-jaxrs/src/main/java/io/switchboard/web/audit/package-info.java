/**
 * The audit of administrative actions on the API: resource methods that create, change, delete or run something
 * say so with {@link io.switchboard.web.audit.Audited}, a response filter records each such request (who, what,
 * which record, outcome, when, from where), and {@code GET /api/audit} lets administrators read it.
 */
package io.switchboard.web.audit;

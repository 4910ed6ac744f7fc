/** The audit of administrative actions as the API reports it. */
package io.switchboard.api.audit;

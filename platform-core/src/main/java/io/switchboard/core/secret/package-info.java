/**
 * Secrets at rest: AES-256-GCM with the platform master key, which comes from the environment
 * ({@code SWITCHBOARD_MASTER_KEY}) or, on an embedded single-server setup, from a key file generated into
 * the data directory on first start. Every module that stores a secret (push-notification credentials,
 * model API keys, datasource passwords) seals it here and never returns it through the API.
 */
package io.switchboard.core.secret;

/**
 * The web front of the platform: the JAX-RS application (REST API under {@code /api}, A2A endpoints under
 * {@code /a2a}), secured with MicroProfile JWT and described by MicroProfile OpenAPI.
 */
package io.switchboard.web;

/**
 * Web security glue: MicroProfile JWT authenticates and JAX-RS {@code @RolesAllowed} authorises; this
 * package makes the container's own refusals (a missing, expired or forged token) answer with
 * problem+json like every other error.
 */
package io.switchboard.web.security;

/** Sign-in DTOs: credentials in, a bearer token out. */
package io.switchboard.api.auth;

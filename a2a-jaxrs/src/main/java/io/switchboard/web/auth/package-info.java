/** Sign-in endpoint: credentials for a bearer token. */
package io.switchboard.web.auth;

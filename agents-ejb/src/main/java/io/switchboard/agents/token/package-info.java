/**
 * Signing JWTs: the RS256 key pair (generated into the data directory on first start unless configured)
 * and the issuer of user tokens and short-lived service tokens for agent-to-agent calls. Verification is
 * MicroProfile JWT's job, configured with the public key written here.
 */
package io.switchboard.agents.token;

package io.switchboard.agents.token;

/** A signed compact JWT and its lifetime in seconds. */
public record IssuedToken(String token, long expiresInSeconds) {
}

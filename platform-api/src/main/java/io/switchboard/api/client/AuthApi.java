package io.switchboard.api.client;

import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.auth.TokenResponse;

/** {@code POST /api/auth/token}: a user name and password for a bearer token. */
public interface AuthApi {

    TokenResponse token(TokenRequest request);
}

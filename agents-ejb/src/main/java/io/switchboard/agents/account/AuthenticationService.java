package io.switchboard.agents.account;

import io.switchboard.agents.token.IssuedToken;
import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.auth.TokenResponse;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Exchanges a user's credentials for a signed bearer token. */
@Stateless
public class AuthenticationService {

    @Inject
    UserDirectory users;

    @Inject
    TokenIssuer tokens;

    public TokenResponse issueToken(TokenRequest request) {
        UserDirectory.AuthenticatedUser user = users.authenticate(request.username(), request.password());
        IssuedToken token = tokens.issueUserToken(user.username(), user.roles());
        return new TokenResponse(token.token(), "Bearer", token.expiresInSeconds());
    }
}

package io.switchboard.agents.account;

import io.switchboard.agents.token.IssuedToken;
import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.auth.TokenResponse;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Exchanges a user's credentials for a signed bearer token. */
@Stateless
public class AuthenticationService {

    @Inject
    UserDirectory users;

    @Inject
    TokenIssuer tokens;

    @Inject
    SignInThrottle throttle;

    /** Signs a user in from a client address; repeated failures are throttled (see {@link SignInThrottle}). */
    public TokenResponse issueToken(TokenRequest request, String clientAddress) {
        throttle.check(request.username(), clientAddress);
        UserDirectory.AuthenticatedUser user;
        try {
            user = users.authenticate(request.username(), request.password());
        } catch (PlatformException e) {
            if (e.kind() == ErrorKind.UNAUTHORIZED) {
                throttle.failed(request.username(), clientAddress);
            }
            throw e;
        }
        throttle.succeeded(request.username());
        IssuedToken token = tokens.issueUserToken(user.username(), user.roles());
        return new TokenResponse(token.token(), "Bearer", token.expiresInSeconds());
    }
}

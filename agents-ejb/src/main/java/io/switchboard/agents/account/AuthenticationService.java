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

    @Inject
    io.switchboard.agents.audit.AdminAudit audit;

    /**
     * Signs a user in from a client address; repeated failures are throttled (see {@link SignInThrottle}). Every
     * attempt — signed in, refused or throttled — is in the admin audit as {@code auth.sign-in} on the user named.
     */
    public TokenResponse issueToken(TokenRequest request, String clientAddress) {
        UserDirectory.AuthenticatedUser user;
        try {
            throttle.check(request.username(), clientAddress);
            try {
                user = users.authenticate(request.username(), request.password());
            } catch (PlatformException e) {
                if (e.kind() == ErrorKind.UNAUTHORIZED) {
                    throttle.failed(request.username(), clientAddress);
                }
                throw e;
            }
        } catch (PlatformException e) {
            recordSignIn(request.username(), null, e.kind().status(), e.getMessage(), clientAddress);
            throw e;
        }
        throttle.succeeded(request.username());
        IssuedToken token = tokens.issueUserToken(user.username(), user.roles());
        recordSignIn(user.username(), user.roles(), 200, null, clientAddress);
        return new TokenResponse(token.token(), "Bearer", token.expiresInSeconds());
    }

    private void recordSignIn(String username, java.util.Collection<String> roles, int status, String detail,
                              String clientAddress) {
        try {
            audit.record(new io.switchboard.agents.audit.AdminAction(username, roles == null ? null
                    : java.util.Set.copyOf(roles), "auth.sign-in", "user", username, "POST", "/api/auth/token", status,
                    detail, clientAddress, null));
        } catch (RuntimeException e) {
            // the audit must not decide whether a user can sign in; the failure is in the log
            java.util.logging.Logger.getLogger(AuthenticationService.class.getName()).warning(
                    "Could not record the sign-in of " + username + " in the audit: " + e.getMessage());
        }
    }
}

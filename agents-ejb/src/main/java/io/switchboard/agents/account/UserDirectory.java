package io.switchboard.agents.account;

import io.switchboard.agents.platform.ConstraintViolations;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.user.CreateUserRequest;
import io.switchboard.api.user.UserView;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Creates user accounts and checks credentials. */
@Stateless
public class UserDirectory {

    /** Checked against when the user does not exist, so a wrong name costs as much time as a wrong password. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy-password-for-unknown-users");

    @PersistenceContext(unitName = "agents")
    EntityManager em;

    PasswordHasher hasher = new PasswordHasher();
    Clock clock = Clock.systemUTC();

    public UserView create(CreateUserRequest request) {
        return create(request.username(), request.password(), request.roles());
    }

    public UserView create(String username, String password, Set<String> roles) {
        if (findByUsername(username).isPresent()) {
            throw nameTaken(username);
        }
        UserAccount user = UserAccount.create(username, hasher.hash(password), roles, Instant.now(clock));
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isDuplicate(e)) {
                throw nameTaken(username);
            }
            throw e;
        }
        return toView(user);
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    /** The signed-in user's name and roles; the same error for an unknown name and a wrong password. */
    public AuthenticatedUser authenticate(String username, String password) {
        Optional<UserAccount> user = findByUsername(username);
        boolean matches = hasher.verify(password, user.map(UserAccount::getPasswordHash).orElse(DECOY_HASH));
        if (user.isEmpty() || !matches || !user.get().isEnabled()) {
            throw new PlatformException(ErrorKind.UNAUTHORIZED, "invalid-credentials",
                    "Invalid username or password");
        }
        return new AuthenticatedUser(user.get().getUsername(), user.get().getRoles());
    }

    private Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME_KEY, UserAccount.class)
                .setParameter("key", UserAccount.usernameKey(username))
                .getResultStream().findFirst();
    }

    private static UserView toView(UserAccount user) {
        return new UserView(user.getId(), user.getUsername(), user.getRoles(), user.isEnabled(), user.getCreatedAt());
    }

    private static PlatformException nameTaken(String username) {
        return PlatformException.conflict("user-name-taken", "A user named '" + username + "' already exists");
    }

    /** Who signed in, with which roles. */
    public record AuthenticatedUser(String username, Set<String> roles) {
    }
}

package io.switchboard.agents.account;

import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(3, 3, Duration.ofMinutes(5), clock);

    @Test
    void theThirdFailureFromAnAddressRefusesTheNextAttemptUntilTheFirstLeavesTheWindow() {
        throttle.failed("ann", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("carl", "10.0.0.1");
        assertThatCode(() -> throttle.check("dora", "10.0.0.2")).doesNotThrowAnyException();

        assertThatThrownBy(() -> throttle.check("dora", "10.0.0.1")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
            assertThat(e.retryAfterSeconds()).isEqualTo(240);
        });

        clock.advance(Duration.ofMinutes(4));
        assertThatCode(() -> throttle.check("dora", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void oneUserNameGuessedFromManyAddressesIsThrottledAndASuccessClearsIt() {
        throttle.failed("Admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.2");
        throttle.failed("admin ", "10.0.0.3");

        assertThatThrownBy(() -> throttle.check("ADMIN", "10.0.0.4")).isInstanceOf(PlatformException.class);

        throttle.succeeded("admin");
        assertThatCode(() -> throttle.check("admin", "10.0.0.4")).doesNotThrowAnyException();
    }

    @Test
    void aSuccessWithAnotherAccountDoesNotResetTheAddress() {
        throttle.failed("ann", "10.0.0.9");
        throttle.failed("bob", "10.0.0.9");
        throttle.failed("carl", "10.0.0.9");
        throttle.succeeded("mallory");
        assertThatThrownBy(() -> throttle.check("mallory", "10.0.0.9")).isInstanceOf(PlatformException.class);
    }

    @Test
    void guessesAtManyUserNamesDoNotGrowTheCountsForEver() {
        for (int i = 0; i <= SignInThrottle.SWEEP_ABOVE / 2; i++) {
            throttle.failed("user-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.keys()).isGreaterThan(SignInThrottle.SWEEP_ABOVE);

        clock.advance(Duration.ofMinutes(6));
        throttle.failed("late", "10.9.9.9");

        assertThat(throttle.keys()).isEqualTo(2);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

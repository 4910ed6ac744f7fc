package io.switchboard.agents.model;

import io.switchboard.core.provider.ProviderFailures;

/**
 * A model call's failure as one sentence a caller can act on (see {@link ProviderFailures}); a spent token budget
 * is its own sentence.
 */
public final class ModelFailures {

    private ModelFailures() {
    }

    public static String describe(ModelSpec spec, Throwable failure) {
        if (ProviderFailures.unwrap(failure) instanceof BudgetExceededException budget) {
            return budget.getMessage();
        }
        return ProviderFailures.describe("The model " + spec.describe(), spec.maxRetries(), spec.timeout(), failure);
    }

    /** Worth another attempt: rate limited, a server failure or a timeout. */
    public static boolean retriable(Throwable failure) {
        return ProviderFailures.retriable(failure);
    }

    /** 0.5 s, 1 s, 2 s … before retry n (from 0). */
    public static long backoffMillis(int retry) {
        return ProviderFailures.backoffMillis(retry);
    }
}

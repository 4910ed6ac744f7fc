package io.switchboard.agents.model;

/** Checks budgets before a model call and records its usage after; implemented by the usage ledger. */
public interface UsageMeter {

    /** Throws {@link BudgetExceededException} when the call may not be made. */
    void beforeCall(ModelCallScope scope);

    /** Records one call; tokens are null when the provider reported none. */
    void afterCall(ModelCallScope scope, Integer inputTokens, Integer outputTokens, long latencyMs, String failure);
}

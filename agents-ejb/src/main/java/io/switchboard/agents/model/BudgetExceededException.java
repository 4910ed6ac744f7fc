package io.switchboard.agents.model;

/** A model call refused before it was made, because a token budget is spent. */
public class BudgetExceededException extends RuntimeException {

    public BudgetExceededException(String message) {
        super(message);
    }
}

package io.switchboard.agents.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;

/**
 * A model call's failure as one sentence a caller can act on, without the provider's stack trace. The cause's
 * own message is kept short: providers sometimes echo the request in it.
 */
public final class ModelFailures {

    private ModelFailures() {
    }

    public static String describe(ModelSpec spec, Throwable failure) {
        Throwable e = unwrap(failure);
        String model = "The model " + spec.describe();
        if (e instanceof BudgetExceededException budget) {
            return budget.getMessage();
        }
        if (e instanceof RateLimitException) {
            return model + " is rate limited (HTTP 429) and still was after " + spec.maxRetries() + " retries; try again later";
        }
        if (e instanceof TimeoutException || e instanceof java.net.http.HttpTimeoutException
                || e instanceof java.util.concurrent.TimeoutException) {
            return model + " did not answer within " + spec.timeout().toSeconds() + " s (after " + spec.maxRetries()
                    + " retries)";
        }
        if (e instanceof AuthenticationException) {
            return model + " refused the API key (HTTP 401/403); check the agent's or the platform's model key";
        }
        if (e instanceof ModelNotFoundException) {
            return model + " does not exist on its server (HTTP 404); check the model name and base URL";
        }
        if (e instanceof InternalServerException) {
            return model + "'s server failed (HTTP 5xx) and still did after " + spec.maxRetries() + " retries";
        }
        if (e instanceof UnresolvedModelServerException || e instanceof java.net.ConnectException) {
            return model + "'s server cannot be reached; check its base URL and that it is running";
        }
        if (e instanceof InvalidRequestException || e instanceof HttpException) {
            return model + " refused the request: " + shortened(e.getMessage());
        }
        return model + " call failed: " + shortened(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** Worth another attempt: rate limited, a server failure or a timeout. */
    public static boolean retriable(Throwable failure) {
        Throwable e = unwrap(failure);
        return e instanceof dev.langchain4j.exception.RetriableException || e instanceof java.net.http.HttpTimeoutException;
    }

    /** 0.5 s, 1 s, 2 s … before retry n (from 0). */
    public static long backoffMillis(int retry) {
        return 500L << Math.min(retry, 6);
    }

    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException
                || current.getClass() == RuntimeException.class
                || current.getClass() == dev.langchain4j.exception.LangChain4jException.class)) {
            current = current.getCause();
        }
        return current;
    }

    private static String shortened(String text) {
        if (text == null) {
            return "no reason given";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}

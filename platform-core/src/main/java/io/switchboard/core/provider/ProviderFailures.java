package io.switchboard.core.provider;

import java.time.Duration;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;

/**
 * A call to a model provider (chat or embedding, through LangChain4j) that failed, as one sentence a caller can
 * act on, without the provider's stack trace or exception names. The cause's own message is kept short:
 * providers sometimes echo the request in it.
 */
public final class ProviderFailures {

    private ProviderFailures() {
    }

    /**
     * @param model   how the sentence names the model, e.g. "The model openai gpt-4o-mini"
     * @param retries the retries made before giving up
     * @param timeout the timeout of each attempt
     */
    public static String describe(String model, int retries, Duration timeout, Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof RateLimitException) {
            return model + " is rate limited (HTTP 429) and still was after " + retries + " retries; try again later";
        }
        if (e instanceof TimeoutException || e instanceof java.net.http.HttpTimeoutException
                || e instanceof java.util.concurrent.TimeoutException) {
            return model + " did not answer within " + timeout.toSeconds() + " s (after " + retries
                    + " retries)";
        }
        if (e instanceof AuthenticationException) {
            return model + " refused the API key (HTTP 401/403); check the key it was given";
        }
        if (e instanceof ModelNotFoundException) {
            return model + " does not exist on its server (HTTP 404); check the model name and base URL";
        }
        if (e instanceof InternalServerException) {
            return model + "'s server failed (HTTP 5xx) and still did after " + retries + " retries";
        }
        if (e instanceof UnresolvedModelServerException || e instanceof java.net.ConnectException) {
            return model + "'s server cannot be reached; check its base URL and that it is running";
        }
        if (e instanceof InvalidRequestException || e instanceof HttpException) {
            return model + " refused the request: " + shortened(e.getMessage());
        }
        return model + " call failed: " + shortened(e.getMessage());
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

    public static Throwable unwrap(Throwable e) {
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

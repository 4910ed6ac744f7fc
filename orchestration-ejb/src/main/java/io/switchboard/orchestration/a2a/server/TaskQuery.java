package io.switchboard.orchestration.a2a.server;

import java.time.Instant;

/**
 * Which tasks to list: all the caller may see on one agent, optionally of one context, in one state, or
 * with a status newer than a time; a page of {@code pageSize} starting at {@code offset}, newest first.
 */
public record TaskQuery(String contextId, String state, Instant statusAfter, int pageSize, int offset,
                        Integer historyLength, boolean includeArtifacts) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;
}

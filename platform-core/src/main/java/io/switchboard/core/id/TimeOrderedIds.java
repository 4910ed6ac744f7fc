package io.switchboard.core.id;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids for rows the platform creates at a high rate (tasks, A2A tasks and contexts): version 7 UUIDs (RFC 9562,
 * by Java UUID Generator), which start with the creation time in milliseconds. New rows then land at the end of
 * the primary-key and context indexes instead of on random pages, so a commit rewrites a few B-tree pages, not
 * one per row and index (on the embedded H2 that was most of the cost of an A2A {@code message/send}; on
 * PostgreSQL it spares random index page writes). They are as unique and unguessable in their random part (74
 * bits) as a version 4 UUID is in its 122; the creation time they reveal is in the task anyway.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static String next() {
        return GENERATOR.generate().toString();
    }
}

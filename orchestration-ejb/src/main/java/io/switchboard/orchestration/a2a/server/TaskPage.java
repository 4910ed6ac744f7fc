package io.switchboard.orchestration.a2a.server;

import io.switchboard.api.a2a.Task;
import java.util.List;

/** One page of tasks; {@code nextOffset} is null on the last page. */
public record TaskPage(List<Task> tasks, Integer nextOffset, int pageSize, long totalSize) {
}

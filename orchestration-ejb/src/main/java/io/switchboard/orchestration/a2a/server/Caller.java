package io.switchboard.orchestration.a2a.server;

/**
 * Who is calling an A2A endpoint. A caller sees the tasks it created; one that {@code seesAll} (an admin)
 * sees every task of the agent. Tasks a caller may not see do not exist for it (TaskNotFound).
 */
public record Caller(String name, boolean seesAll) {

    boolean maySee(String owner) {
        return seesAll || name.equals(owner);
    }
}

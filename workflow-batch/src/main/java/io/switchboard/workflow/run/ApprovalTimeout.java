package io.switchboard.workflow.run;

import io.switchboard.api.workflow.WorkflowNode;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * An approval node's timeout: {@code config.timeoutMinutes}, else the node's {@code timeoutSeconds}, else none;
 * when it passes the approval is decided by {@code config.onTimeout} ({@code approve} or, by default, {@code reject}).
 */
public final class ApprovalTimeout {

    /** Who decided an approval whose timeout passed. */
    public static final String DECIDER = "timeout";

    private ApprovalTimeout() {
    }

    /** Seconds the node may wait; null when it waits for ever. */
    public static Long seconds(WorkflowNode node) {
        JsonObject config = node.config();
        if (config != null && config.get("timeoutMinutes") instanceof JsonNumber minutes) {
            return minutes.longValue() * 60;
        }
        return node.timeoutSeconds() == null ? null : node.timeoutSeconds().longValue();
    }

    public static boolean approves(WorkflowNode node) {
        return node.config() != null && "approve".equals(node.config().getString("onTimeout", "reject"));
    }
}

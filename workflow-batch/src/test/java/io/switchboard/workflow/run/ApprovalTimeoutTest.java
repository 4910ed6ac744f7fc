package io.switchboard.workflow.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.workflow.WorkflowNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ApprovalTimeoutTest {

    private static WorkflowNode approval(JsonObject config, Integer timeoutSeconds) {
        return new WorkflowNode("ok", "approval", null, config, timeoutSeconds, null, null, null, null, null);
    }

    @Test
    void minutesInTheConfigWinOverTheNodeTimeout() {
        assertThat(ApprovalTimeout.seconds(approval(Json.createObjectBuilder().add("timeoutMinutes", 2).build(), 5)))
                .isEqualTo(120);
        assertThat(ApprovalTimeout.seconds(approval(null, 5))).isEqualTo(5);
        assertThat(ApprovalTimeout.seconds(approval(JsonObject.EMPTY_JSON_OBJECT, null))).isNull();
    }

    @Test
    void aTimeoutRejectsUnlessTheNodeSaysApprove() {
        assertThat(ApprovalTimeout.approves(approval(null, 5))).isFalse();
        assertThat(ApprovalTimeout.approves(approval(Json.createObjectBuilder().add("onTimeout", "approve").build(), 5)))
                .isTrue();
        assertThat(ApprovalTimeout.approves(approval(Json.createObjectBuilder().add("onTimeout", "reject").build(), 5)))
                .isFalse();
    }
}

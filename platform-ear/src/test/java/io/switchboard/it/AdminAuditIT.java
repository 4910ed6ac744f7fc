package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit of administrative actions on the real server: an agent created, changed, refused to a viewer and
 * deleted is four entries (who, what, which agent, outcome, status, from where, the refusal's reason), newest
 * first, filterable; administrators read the audit, other roles get 403.
 */
class AdminAuditIT {

    @Test
    void changesAndRefusedAttemptsAreRecordedWithWhoWhatAndFromWhere() {
        Api api = SharedPlatform.api();
        String admin = SharedPlatform.adminToken();
        String viewer = ServerTokens.forRole(SharedPlatform.server(), "audit-viewer", "viewer");

        Api.Reply created = api.post("/api/agents", admin, "{\"name\":\"audit-probe\",\"specialist\":\"echo\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(api.put("/api/agents/" + id, admin, "{\"name\":\"audit-probe\",\"specialist\":\"echo\","
                + "\"description\":\"changed\"}").status()).isEqualTo(200);
        assertThat(api.delete("/api/agents/" + id, viewer).status()).isEqualTo(403);
        assertThat(api.delete("/api/agents/" + id, admin).status()).isEqualTo(204);

        Api.Reply audit = api.get("/api/audit?targetType=agent&targetId=" + id, admin);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        List<JsonObject> entries = audit.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action"))
                .containsExactly("agent.delete", "agent.delete", "agent.update", "agent.create");
        assertThat(entries).extracting(e -> e.getString("actor"))
                .containsExactly("admin", "audit-viewer", "admin", "admin");
        assertThat(entries).extracting(e -> e.getString("outcome"))
                .containsExactly("succeeded", "refused", "succeeded", "succeeded");
        assertThat(entries).extracting(e -> e.getInt("status")).containsExactly(204, 403, 200, 201);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("clientAddress")).isEqualTo("127.0.0.1");
            assertThat(e.getString("targetId")).isEqualTo(id);
            assertThat(e.getString("at")).isNotBlank();
        });
        assertThat(entries.get(1).getString("detail")).contains("roles");
        assertThat(entries.get(1).getJsonArray("roles").getString(0)).isEqualTo("viewer");
        assertThat(entries.get(3).getString("path")).isEqualTo("/api/agents");
        assertThat(entries.get(2).getString("path")).isEqualTo("/api/agents/" + id);

        Api.Reply mine = api.get("/api/audit?actor=audit-viewer&outcome=refused", admin);
        assertThat(mine.structure().asJsonArray()).hasSize(1);
        Api.Reply badSince = api.get("/api/audit?since=yesterday", admin);
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.isProblem()).isTrue();
        assertThat(api.get("/api/audit", viewer).status()).isEqualTo(403);
    }
}

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

    @Test
    void everySignInAttemptIsRecordedWithItsOutcomeButNeverThePassword() {
        Api api = SharedPlatform.api();
        String admin = SharedPlatform.adminToken();
        String stranger = "audit-stranger-" + System.nanoTime();
        java.net.http.HttpResponse<String> refused;
        try { // a client claiming another address: no proxy is trusted by default, so the socket's address counts
            refused = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(SharedPlatform.server().baseUrl() + "/api/auth/token"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.9")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + stranger
                            + "\",\"password\":\"not-the-password-42\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(refused.statusCode()).isEqualTo(401);

        List<JsonObject> attempts = api.get("/api/audit?action=auth.sign-in&actor=" + stranger, admin).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertThat(attempts).singleElement().satisfies(e -> {
            assertThat(e.getString("outcome")).isEqualTo("refused");
            assertThat(e.getInt("status")).isEqualTo(401);
            assertThat(e.getString("targetType")).isEqualTo("user");
            assertThat(e.getString("targetId")).isEqualTo(stranger);
            assertThat(e.getString("clientAddress")).isEqualTo("127.0.0.1");
            assertThat(e.toString()).doesNotContain("not-the-password-42");
        });
        List<JsonObject> admins = api.get("/api/audit?action=auth.sign-in&actor=admin&outcome=succeeded", admin)
                .structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(admins).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getInt("status")).isEqualTo(200);
            assertThat(e.getJsonArray("roles").getString(0)).isEqualTo("admin");
        });
    }
}

package io.switchboard.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void secretsAndLongValuesAreRedactedRecursively() {
        JsonObject redacted = Redaction.redact(JsonValues.parseObject("""
                {"query":"select 1","password":"hunter2","headers":{"Authorization":"Bearer abc","Accept":"*/*"},
                 "items":[{"apiKey":"k1","name":"n"}],"note":"%s","author":"Ann","token":null}""".formatted("y".repeat(800))));
        assertThat(redacted.getString("query")).isEqualTo("select 1");
        assertThat(redacted.getString("password")).isEqualTo(Redaction.REDACTED);
        assertThat(redacted.getJsonObject("headers").getString("Authorization")).isEqualTo(Redaction.REDACTED);
        assertThat(redacted.getJsonObject("headers").getString("Accept")).isEqualTo("*/*");
        assertThat(redacted.getJsonArray("items").getJsonObject(0).getString("apiKey")).isEqualTo(Redaction.REDACTED);
        assertThat(redacted.getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("n");
        assertThat(redacted.getString("author")).isEqualTo("Ann");
        assertThat(redacted.getString("note")).hasSizeLessThan(600).endsWith("(800 chars)");
        assertThat(redacted.toString()).doesNotContain("hunter2", "Bearer abc", "k1");
    }
}

package io.switchboard.web.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void oneValueIsParsed() {
        JsonObject value = StrictJson.parse(" {\"jsonrpc\":\"2.0\",\"id\":1,\"text\":\"[[{{\\\"\"} \n").asJsonObject();
        assertThat(value.getString("text")).isEqualTo("[[{{\"");
    }

    @Test
    void trailingValuesGarbageAndEmptyBodiesAreParseErrors() {
        for (String text : new String[] {"{\"a\":1}{\"b\":2}", "{\"a\":1} x", "", "   ", "{\"a\":[1,2}", "[1,]"}) {
            assertThatThrownBy(() -> StrictJson.parse(text)).as(text).isInstanceOf(JsonException.class);
        }
    }

    @Test
    void nestingBeyondTheLimitIsAParseErrorWithoutRecursingIntoIt() {
        String fine = "[".repeat(JsonNesting.MAX_DEPTH) + "]".repeat(JsonNesting.MAX_DEPTH);
        assertThat(StrictJson.parse(fine).asJsonArray()).hasSize(1);
        String deep = "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000);
        assertThatThrownBy(() -> StrictJson.parse(deep)).isInstanceOf(JsonException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        assertThat(JsonNesting.depthOf("{\"a\":\"[[[[\\\"{{{{\",\"b\":[[1]]}")).isEqualTo(3);
    }
}

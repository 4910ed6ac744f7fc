package io.switchboard.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimeToolTest {

    private final DateTimeTool tool = new DateTimeTool();

    {
        tool.clock = Clock.fixed(Instant.parse("2026-12-01T16:30:00Z"), ZoneOffset.UTC);
    }

    private JsonObject run(String json) {
        return tool.run(JsonValues.parseObject(json), null).value().asJsonObject();
    }

    @Test
    void nowInATimeZone() {
        JsonObject now = run("{\"operation\":\"now\",\"timezone\":\"Asia/Tokyo\"}");
        assertThat(now.getString("datetime")).isEqualTo("2026-12-02T01:30:00+09:00");
        assertThat(now.getString("dayOfWeek")).isEqualTo("Wednesday");
        assertThat(run("{\"operation\":\"now\"}").getString("timezone")).isEqualTo("UTC");
    }

    @Test
    void convertsAddsAndSubtracts() {
        assertThat(run("{\"operation\":\"convert\",\"datetime\":\"2026-07-01T09:00\",\"timezone\":\"Europe/Paris\","
                + "\"toTimezone\":\"America/New_York\"}").getString("datetime")).isEqualTo("2026-07-01T03:00:00-04:00");
        assertThat(run("{\"operation\":\"add\",\"datetime\":\"2026-01-31\",\"amount\":\"P1M\"}").getString("date"))
                .isEqualTo("2026-02-28");
        assertThat(run("{\"operation\":\"add\",\"datetime\":\"2026-03-01T10:00Z\",\"amount\":\"P1DT2H30M\"}")
                .getString("datetime")).isEqualTo("2026-03-02T12:30:00Z");
        assertThat(run("{\"operation\":\"add\",\"datetime\":\"2026-03-10\",\"amount\":\"-P1W\"}").getString("date"))
                .isEqualTo("2026-03-03");
        JsonObject difference = run("{\"operation\":\"difference\",\"datetime\":\"2026-01-01\",\"end\":\"2026-03-01\"}");
        assertThat(difference.getInt("days")).isEqualTo(59);
        assertThat(difference.getString("period")).isEqualTo("P2M");
    }

    @Test
    void badInputFailsWithAHint() {
        assertThatThrownBy(() -> run("{\"operation\":\"now\",\"timezone\":\"Mars/Olympus\"}"))
                .isInstanceOf(ToolFailure.class).hasMessageContaining("IANA");
        assertThatThrownBy(() -> run("{\"operation\":\"add\",\"datetime\":\"yesterday\",\"amount\":\"P1D\"}"))
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> run("{\"operation\":\"add\",\"datetime\":\"2026-01-01\",\"amount\":\"3 days\"}"))
                .hasMessageContaining("period");
        assertThatThrownBy(() -> run("{\"operation\":\"convert\",\"datetime\":\"2026-01-01\"}"))
                .hasMessageContaining("toTimezone");
    }
}

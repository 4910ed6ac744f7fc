package io.switchboard.agents.specialist.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import io.switchboard.tools.invoke.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectToolRequestsTest {

    private static Optional<ToolRequest> recognise(String text) {
        return DirectToolRequests.recognise(Message.userText("m", "c", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what is 15% of 200 | calculator | {\"expression\":\"15% of 200\"}",
            "What's (2 + 3) * 4? | calculator | {\"expression\":\"(2 + 3) * 4\"}",
            "calculate sqrt(16) + 1 | calculator | {\"expression\":\"sqrt(16) + 1\"}",
            "12 * 7 | calculator | {\"expression\":\"12 * 7\"}",
            "convert 3 miles to km | unit_convert | {\"value\":3,\"from\":\"miles\",\"to\":\"km\"}",
            "72 °F in °C | unit_convert | {\"value\":72,\"from\":\"°F\",\"to\":\"°C\"}",
            "please convert 2.5 lb into kg | unit_convert | {\"value\":2.5,\"from\":\"lb\",\"to\":\"kg\"}",
            "what time is it in Tokyo? | datetime | {\"operation\":\"now\",\"timezone\":\"Asia/Tokyo\"}",
            "What time is it in new york | datetime | {\"operation\":\"now\",\"timezone\":\"America/New_York\"}",
            "what time is it | datetime | {\"operation\":\"now\",\"timezone\":\"UTC\"}",
            "everything_echo {\"message\": \"hi\"} | everything_echo | {\"message\":\"hi\"}"})
    void recognisesDirectRequests(String text, String tool, String arguments) {
        assertThat(recognise(text)).as(text).hasValueSatisfying(r -> {
            assertThat(r.tool()).isEqualTo(tool);
            assertThat(r.arguments().toString()).isEqualTo(arguments);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "what is the capital of France?", "convert 3 parsecs to furlongs",
            "tell me about 2024", "what time is it on Mars", ""})
    void leavesEverythingElseAlone(String text) {
        assertThat(recognise(text)).as(text).isEmpty();
    }

    @Test
    void aDataPartNamesTheToolAndItsArguments() {
        Message message = new Message("user", List.of(new Part(Part.DATA, null, null,
                Map.of("tool", "calculator", "arguments", Map.of("expression", "1+1")), null)), "m", "c", null, null,
                null, null, "message");
        assertThat(DirectToolRequests.recognise(message)).hasValueSatisfying(r -> {
            assertThat(r.tool()).isEqualTo("calculator");
            assertThat(r.arguments().getString("expression")).isEqualTo("1+1");
        });
    }

    @Test
    void brokenJsonArgumentsAreReported() {
        assertThatThrownBy(() -> recognise("calculator {\"expression\": }")).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("not a JSON object");
    }
}

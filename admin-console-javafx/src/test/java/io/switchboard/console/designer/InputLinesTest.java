package io.switchboard.console.designer;

import io.switchboard.api.workflow.WorkflowInput;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputLinesTest {

    @Test
    void linesBecomeTypedInputsWithDefaultsAndDescriptionsAndFormatBackTheSame() {
        String text = "question: string -- what to ask\n\namount?: number = 12.5\nregion: string = eu -- where\n"
                + "flags?: object = {\"fast\": true}\nplain";
        InputLines.Parsed parsed = InputLines.parse(text);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.inputs()).containsExactly(
                new WorkflowInput("question", "string", null, "what to ask", null),
                new WorkflowInput("amount", "number", false, null, Json.createValue(new java.math.BigDecimal("12.5"))),
                new WorkflowInput("region", "string", null, "where", Json.createValue("eu")),
                new WorkflowInput("flags", "object", false, null, Json.createObjectBuilder().add("fast", true).build()),
                new WorkflowInput("plain", "string", null, null, null));
        assertThat(InputLines.parse(InputLines.format(parsed.inputs())).inputs()).isEqualTo(parsed.inputs());
        assertThat(InputLines.format(List.of(parsed.inputs().get(1)))).isEqualTo("amount?: number = 12.5");
    }

    @Test
    void everyBadLineIsNamedWithWhatIsWrong() {
        InputLines.Parsed parsed = InputLines.parse("1st: string\nn: text\nn: number = many\nb: boolean = yes\n"
                + "ok: number\nok: string");

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).containsExactly(
                "input line 1: write name: type = default -- description (e.g. question: string)",
                "input line 2: the type is string, number, boolean, object or array, not text",
                "input line 3: the default of n is not a number",
                "input line 4: the default of b is not a boolean",
                "input line 6: ok is declared twice");
    }
}

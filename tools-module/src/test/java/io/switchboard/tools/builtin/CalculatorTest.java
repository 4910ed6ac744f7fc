package io.switchboard.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3 | 7",
            "(1 + 2) * 3 | 9",
            "15% of 200 | 30",
            "12.5% of 80 | 10",
            "50% | 0.5",
            "10 / 4 | 2.5",
            "10 / 3 | 3.33333333333333",
            "2 ^ 10 | 1024",
            "2 ** 8 | 256",
            "SQRT(16) + ABS(-2) | 6",
            "ROUND(10 / 3, 2) | 3.33",
            "MAX(3, 9, 4) | 9",
            "17 % 5 | 2",
            "0.1 + 0.2 | 0.3",
            "6 × 7 | 42",
            "-3 - -5 | 2",
            "SIN(90) | 1"})
    void evaluatesExactly(String expression, String expected) {
        assertThat(Calculator.format(Calculator.evaluate(expression))).isEqualTo(expected);
    }

    @Test
    void answersWithTheExpressionAndTheResult() {
        ToolOutput output = new Calculator().run(JsonValues.parseObject("{\"expression\":\"15% of 200\"}"), null);
        assertThat(output.text()).isEqualTo("15% of 200 = 30");
        assertThat(output.value().asJsonObject().getJsonNumber("result").intValue()).isEqualTo(30);
    }

    @Test
    void badExpressionsFailWithAReason() {
        assertThatThrownBy(() -> Calculator.evaluate("1 / 0")).isInstanceOf(ToolFailure.class).hasMessageContaining("1 / 0");
        assertThatThrownBy(() -> Calculator.evaluate("2 +")).isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> Calculator.evaluate("java.lang.Runtime.getRuntime()")).isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> Calculator.evaluate("FACT(100000)")).hasMessageContaining("FACT");
        assertThatThrownBy(() -> Calculator.evaluate("1+".repeat(600) + "1")).hasMessageContaining("longer");
        assertThatThrownBy(() -> Calculator.evaluate("x + 1")).isInstanceOf(ToolFailure.class);
    }

    @Test
    void formatsLargeAndSmallNumbersReadably() {
        assertThat(Calculator.format(Calculator.evaluate("10 ^ 30"))).isEqualTo("1E+30");
        assertThat(Calculator.format(Calculator.evaluate("1000000 * 3"))).isEqualTo("3000000");
        assertThat(Calculator.format(Calculator.evaluate("1 / 8"))).isEqualTo("0.125");
    }
}

package io.switchboard.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConverterTest {

    @ParameterizedTest
    @CsvSource({
            "3, miles, km, 4.828032",
            "1, mi, m, 1609.344",
            "72, °F, °C, 22.22222222",
            "100, celsius, fahrenheit, 212",
            "0, C, K, 273.15",
            "2, lb, kg, 0.90718474",
            "5, gal, l, 18.92705892",
            "60, mph, km/h, 96.56064",
            "1, kWh, kJ, 3600",
            "1, atm, psi, 14.69594878",
            "1, acre, m2, 4046.856422",
            "90, minutes, hours, 1.5",
            "1, feet, inches, 12"})
    void convertsBetweenUnits(String value, String from, String to, String expected) {
        BigDecimal result = UnitConverter.convert(new BigDecimal(value), from, to).round(new MathContext(10));
        assertThat(result).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void answersInWords() {
        ToolOutput output = new UnitConverter().run(JsonValues.parseObject("{\"value\":3,\"from\":\"miles\",\"to\":\"km\"}"), null);
        assertThat(output.text()).isEqualTo("3 mi = 4.828032 km");
    }

    @Test
    void incompatibleOrUnknownUnitsFailClearly() {
        assertThatThrownBy(() -> UnitConverter.convert(BigDecimal.ONE, "kg", "km")).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("mass").hasMessageContaining("length");
        assertThatThrownBy(() -> UnitConverter.convert(BigDecimal.ONE, "furlongs", "km")).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Unknown unit 'furlongs'");
    }
}

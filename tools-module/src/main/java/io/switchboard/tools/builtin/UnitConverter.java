package io.switchboard.tools.builtin;

import io.switchboard.api.json.Jsonp;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;

/**
 * {@code unit_convert}: converts a value between units of length, mass, temperature, volume, speed, time,
 * area, energy, power and pressure. The arithmetic (including the offsets of temperature scales) is Indriya's,
 * the reference implementation of JSR 385; {@link UnitNames} maps everyday names and symbols to its units.
 */
@ApplicationScoped
public class UnitConverter implements BuiltinTool {

    public static final String NAME = "unit_convert";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Converts a value from one unit to another, e.g. 3 miles to km, 72 °F to °C, 2 lb to kg, 5 gal to l, "
                + "60 mph to km/h. Units: " + UnitNames.summary() + ".";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "value":{"type":"number","description":"The amount to convert"},
                  "from":{"type":"string","minLength":1,"maxLength":40,"description":"Unit of the value, e.g. mi, miles, °F, lb"},
                  "to":{"type":"string","minLength":1,"maxLength":40,"description":"Unit to convert to, e.g. km, °C, kg"}},
                 "required":["value","from","to"],"additionalProperties":false}""");
    }

    @Override
    public int timeoutMs() {
        return 5_000;
    }

    @Override
    public java.util.List<String> invokeRoles() {
        return AGENTS_TOO;
    }

    @Override
    public ToolOutput run(JsonObject arguments, ToolCall call) {
        BigDecimal value = arguments.getJsonNumber("value").bigDecimalValue();
        String from = arguments.getString("from");
        String to = arguments.getString("to");
        BigDecimal result = convert(value, from, to);
        String text = Calculator.format(result.round(new MathContext(10)));
        return new ToolOutput(Jsonp.JSON.createObjectBuilder().add("value", value).add("from", UnitNames.canonical(from))
                .add("to", UnitNames.canonical(to)).add("result", Calculator.plain(result.round(new MathContext(15))))
                .add("text", text).build(),
                Calculator.format(value) + " " + UnitNames.canonical(from) + " = " + text + " " + UnitNames.canonical(to));
    }

    public static BigDecimal convert(BigDecimal value, String from, String to) {
        Unit<?> source = UnitNames.unit(from).orElseThrow(() -> unknown(from));
        Unit<?> target = UnitNames.unit(to).orElseThrow(() -> unknown(to));
        try {
            Number converted = source.getConverterToAny(target).convert(value);
            return converted instanceof BigDecimal big ? big : new BigDecimal(converted.toString());
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new ToolFailure("Cannot convert " + UnitNames.canonical(from) + " (" + UnitNames.dimension(source)
                    + ") to " + UnitNames.canonical(to) + " (" + UnitNames.dimension(target) + ")");
        }
    }

    /** True when the name or symbol is a unit this tool knows, e.g. "miles", "km/h", "°F". */
    public static boolean knows(String unit) {
        return UnitNames.unit(unit).isPresent();
    }

    private static ToolFailure unknown(String unit) {
        return new ToolFailure("Unknown unit '" + unit + "'. Known units: " + UnitNames.summary());
    }
}

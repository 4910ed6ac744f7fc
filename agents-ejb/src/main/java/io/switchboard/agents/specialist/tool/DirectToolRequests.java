package io.switchboard.agents.specialist.tool;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import io.switchboard.tools.builtin.Calculator;
import io.switchboard.tools.builtin.UnitConverter;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises tool requests in a message without a language model, in this order: an A2A data part
 * {@code {"tool": "...", "arguments": {...}}}; a text that starts with a tool name followed by a JSON object
 * ({@code calculator {"expression": "2^10"}}); a unit conversion ("convert 3 miles to km", "72 °F in °C"); a time
 * question ("what time is it in Tokyo"); an arithmetic question ("what is 15% of 200", "(2 + 3) * 4").
 */
final class DirectToolRequests {

    private static final Pattern NAMED = Pattern.compile("(?s)^\\s*([A-Za-z0-9_-]{1,64})\\s*(\\{.*})\\s*$");
    private static final Pattern CONVERSION = Pattern.compile("(?i)^\\s*(?:please\\s+)?(?:convert|how\\s+many|how\\s+much\\s+is)?"
            + "\\s*(-?\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s].*?)\\s+(?:to|in|into|as)\\s+([^?]+?)\\s*\\??\\s*$");
    private static final Pattern TIME = Pattern.compile("(?i)^\\s*(?:what(?:'s| is)?\\s+)?(?:the\\s+)?(?:current\\s+)?"
            + "(?:time|date)(?:\\s+is\\s+it)?(?:\\s+now)?(?:\\s+(?:in|at)\\s+([^?]+?))?\\s*\\??\\s*$");
    private static final Pattern ARITHMETIC_PREFIX = Pattern.compile("(?i)^\\s*(?:please\\s+)?(?:what(?:'s| is)|calculate"
            + "|compute|evaluate|how much is)\\s+");
    private static final Pattern ARITHMETIC = Pattern.compile("(?i)^[\\d\\s.,+\\-*/^%()×÷a-z]*\\d[\\d\\s.,+\\-*/^%()×÷a-z]*$");

    private DirectToolRequests() {
    }

    static Optional<ToolRequest> recognise(Message message) {
        if (message.parts() != null) {
            for (Part part : message.parts()) {
                if (Part.DATA.equals(part.kind()) && part.data() != null && part.data().get("tool") instanceof String tool) {
                    Object arguments = part.data().get("arguments");
                    JsonObject args = arguments == null ? JsonObject.EMPTY_JSON_OBJECT
                            : JsonValues.of(arguments) instanceof JsonObject object ? object : null;
                    if (args == null) {
                        throw new ToolFailure("The data part's \"arguments\" must be a JSON object");
                    }
                    return Optional.of(new ToolRequest(tool, args, "data part"));
                }
            }
        }
        String text = message.joinedText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher named = NAMED.matcher(text);
        if (named.matches()) {
            JsonObject args;
            try {
                args = JsonValues.parseObject(named.group(2));
            } catch (IllegalArgumentException e) {
                throw new ToolFailure("The arguments for " + named.group(1) + " are not a JSON object: " + e.getMessage());
            }
            return Optional.of(new ToolRequest(named.group(1), args, "tool name with JSON arguments"));
        }
        return conversion(text).or(() -> time(text)).or(() -> arithmetic(text));
    }

    static Optional<ToolRequest> conversion(String text) {
        Matcher m = CONVERSION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String from = m.group(2).strip();
        String to = m.group(3).strip();
        if (!UnitConverter.knows(from) || !UnitConverter.knows(to)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        return Optional.of(new ToolRequest(UnitConverter.NAME, Jsonp.JSON.createObjectBuilder().add("value", value)
                .add("from", from).add("to", to).build(), "unit conversion"));
    }

    static Optional<ToolRequest> time(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String place = m.group(1);
        String zone = place == null ? "UTC" : zoneOf(place.strip()).orElse(null);
        if (zone == null) {
            return Optional.empty();
        }
        return Optional.of(new ToolRequest("datetime", Jsonp.JSON.createObjectBuilder().add("operation", "now")
                .add("timezone", zone).build(), "time question"));
    }

    static Optional<ToolRequest> arithmetic(String text) {
        String expression = ARITHMETIC_PREFIX.matcher(text).replaceFirst("").replaceAll("\\s*[?=]+\\s*$", "").strip();
        if (expression.isEmpty() || !ARITHMETIC.matcher(expression).matches()
                || !expression.matches("(?i).*[\\d)]\\s*([+\\-*/^%×÷]|of\\b|\\().*|.*[A-Za-z]+\\s*\\(.*")) {
            return Optional.empty();
        }
        try {
            Calculator.evaluate(expression);
        } catch (ToolFailure notArithmetic) {
            return Optional.empty();
        }
        return Optional.of(new ToolRequest(Calculator.NAME, Jsonp.JSON.createObjectBuilder().add("expression", expression).build(),
                "arithmetic"));
    }

    /** A time zone for a place: an IANA id ("Europe/Paris"), "UTC", or a city in an IANA id ("Tokyo", "new york"). */
    static Optional<String> zoneOf(String place) {
        if (place.equalsIgnoreCase("utc") || place.equalsIgnoreCase("gmt")) {
            return Optional.of("UTC");
        }
        if (ZoneId.getAvailableZoneIds().contains(place)) {
            return Optional.of(place);
        }
        String city = place.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.toLowerCase(Locale.ROOT).endsWith("/" + city))
                .min(Comparator.comparingInt(String::length));
    }
}

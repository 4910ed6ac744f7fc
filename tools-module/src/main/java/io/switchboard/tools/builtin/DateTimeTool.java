package io.switchboard.tools.builtin;

import io.switchboard.api.json.Jsonp;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code datetime}: the current date and time in any IANA time zone, converting a date-time between zones,
 * adding an ISO-8601 period or duration, and the difference between two date-times (java.time).
 */
@ApplicationScoped
public class DateTimeTool implements BuiltinTool {

    public static final String NAME = "datetime";

    Clock clock = Clock.systemUTC();

    /** Bounded: java.time arithmetic and parsing take constant time whatever the values. */
    @Override
    public boolean inMemory() {
        return true;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Dates and times: 'now' (current date and time in a time zone), 'convert' (a date-time to another "
                + "time zone), 'add' (add an ISO-8601 period or duration such as P3D, PT90M, P1Y2M or -P1W), "
                + "'difference' (between datetime and end). Time zones are IANA names such as Europe/Paris or "
                + "America/New_York (default UTC); date-times are ISO-8601, e.g. 2026-03-01T09:30 or 2026-03-01.";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "operation":{"enum":["now","convert","add","difference"],"description":"What to do"},
                  "timezone":{"type":"string","maxLength":60,"description":"IANA time zone of the date-time (default UTC)"},
                  "datetime":{"type":"string","maxLength":60,"description":"ISO-8601 date or date-time (convert, add, difference)"},
                  "toTimezone":{"type":"string","maxLength":60,"description":"convert: the zone to convert to"},
                  "amount":{"type":"string","maxLength":40,"description":"add: ISO-8601 period or duration, e.g. P3D, PT2H30M, P1DT12H"},
                  "end":{"type":"string","maxLength":60,"description":"difference: the second date or date-time"}},
                 "required":["operation"],"additionalProperties":false}""");
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
        String operation = arguments.getString("operation");
        ZoneId zone = zone(JsonValues.string(arguments, "timezone"), "timezone");
        return switch (operation) {
            case "now" -> describe(ZonedDateTime.now(clock.withZone(zone)), "Now in " + zone.getId());
            case "convert" -> {
                ZonedDateTime at = dateTime(required(arguments, "datetime"), zone);
                ZoneId target = zone(required(arguments, "toTimezone"), "toTimezone");
                yield describe(at.withZoneSameInstant(target), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + " in " + target.getId());
            }
            case "add" -> {
                ZonedDateTime at = dateTime(required(arguments, "datetime"), zone);
                String amount = required(arguments, "amount");
                yield describe(add(at, amount), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " plus " + amount);
            }
            case "difference" -> difference(dateTime(required(arguments, "datetime"), zone),
                    dateTime(required(arguments, "end"), zone));
            default -> throw new ToolFailure("Unknown operation '" + operation + "'");
        };
    }

    private static ToolOutput describe(ZonedDateTime t, String label) {
        JsonObjectBuilder value = Jsonp.JSON.createObjectBuilder()
                .add("datetime", t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .add("timezone", t.getZone().getId())
                .add("date", t.toLocalDate().toString())
                .add("time", t.toLocalTime().withNano(0).toString())
                .add("dayOfWeek", t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .add("utcOffset", t.getOffset().getId())
                .add("epochSeconds", t.toEpochSecond());
        return new ToolOutput(value.build(), label + ": " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " (" + t.getZone().getId() + ")");
    }

    private static ToolOutput difference(ZonedDateTime start, ZonedDateTime end) {
        Duration duration = Duration.between(start, end);
        Period period = Period.between(start.toLocalDate(), end.toLocalDate());
        JsonObject value = Jsonp.JSON.createObjectBuilder()
                .add("days", duration.toDays()).add("hours", duration.toHours()).add("minutes", duration.toMinutes())
                .add("seconds", duration.getSeconds()).add("period", period.toString())
                .add("duration", duration.toString()).build();
        return new ToolOutput(value, "From " + start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " to "
                + end.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ": " + duration.toDays() + " days ("
                + duration.toHours() + " hours; calendar period " + period + ")");
    }

    static ZonedDateTime add(ZonedDateTime at, String amount) {
        String text = amount.strip().toUpperCase(Locale.ROOT);
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        try {
            int t = body.indexOf('T');
            ZonedDateTime result = at;
            if (t < 0) {
                Period period = Period.parse(body);
                result = result.plus(negative ? period.negated() : period);
            } else {
                if (t > 1) {
                    Period period = Period.parse(body.substring(0, t));
                    result = result.plus(negative ? period.negated() : period);
                }
                Duration duration = Duration.parse("P" + body.substring(t));
                result = result.plus(negative ? duration.negated() : duration);
            }
            return result;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ToolFailure("'" + amount + "' is not an ISO-8601 period or duration (e.g. P3D, PT90M, P1DT2H)");
        }
    }

    static ZonedDateTime dateTime(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return ZonedDateTime.parse(t);
        } catch (DateTimeParseException notZoned) {
            try {
                return OffsetDateTime.parse(t).toZonedDateTime();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(t).atZone(zone);
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(t).atStartOfDay(zone);
                    } catch (DateTimeParseException e) {
                        throw new ToolFailure("'" + text + "' is not an ISO-8601 date or date-time "
                                + "(e.g. 2026-03-01T09:30, 2026-03-01T09:30+01:00 or 2026-03-01)");
                    }
                }
            }
        }
    }

    static ZoneId zone(String name, String field) {
        if (name == null || name.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new ToolFailure(field + " '" + name + "' is not a time zone; use an IANA name such as Europe/Paris");
        }
    }

    private static String required(JsonObject arguments, String name) {
        String value = JsonValues.string(arguments, name);
        if (value == null || value.isBlank()) {
            throw new ToolFailure("'" + name + "' is required for this operation");
        }
        return value;
    }
}

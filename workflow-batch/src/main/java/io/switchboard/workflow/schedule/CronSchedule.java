package io.switchboard.workflow.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cron expression read by cron-utils: five fields as Unix cron, six (seconds first) as Spring's; fire times in
 * the schedule's time zone, so "0 7 * * *" stays at 07:00 local time across daylight-saving changes.
 */
public final class CronSchedule {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser SECONDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING));

    private final ExecutionTime times;
    private final ZoneId zone;

    private CronSchedule(Cron cron, ZoneId zone) {
        this.times = ExecutionTime.forCron(cron);
        this.zone = zone;
    }

    /** Parses; throws {@link IllegalArgumentException} with a readable reason. */
    public static CronSchedule parse(String expression, String timeZone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("cron: is required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("timeZone: '" + timeZone + "' is not a time zone (e.g. Europe/Berlin)");
        }
        String cron = expression.strip().replaceAll("\\s+", " ");
        int fields = cron.split(" ").length;
        if (fields != 5 && fields != 6) {
            throw new IllegalArgumentException("cron: needs 5 fields (minute hour day month weekday) or 6 with seconds "
                    + "first; got " + fields);
        }
        try {
            Cron parsed = (fields == 5 ? UNIX : SECONDS).parse(cron);
            parsed.validate();
            return new CronSchedule(parsed, zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cron: '" + expression + "' is not valid: " + e.getMessage());
        }
    }

    /** The first fire time strictly after {@code after}; empty when the expression never fires again. */
    public Optional<Instant> nextAfter(Instant after) {
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    /** The next {@code count} fire times after {@code after}, in the schedule's zone. */
    public List<ZonedDateTime> next(Instant after, int count) {
        List<ZonedDateTime> next = new ArrayList<>();
        ZonedDateTime at = ZonedDateTime.ofInstant(after, zone);
        for (int i = 0; i < count; i++) {
            Optional<ZonedDateTime> n = times.nextExecution(at);
            if (n.isEmpty()) {
                break;
            }
            next.add(n.get());
            at = n.get();
        }
        return next;
    }

    public ZoneId zone() {
        return zone;
    }
}

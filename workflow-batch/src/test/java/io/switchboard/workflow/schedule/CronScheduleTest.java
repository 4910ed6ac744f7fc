package io.switchboard.workflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    void fiveFieldsAreUnixCronInTheScheduleZone() {
        CronSchedule weekdays = CronSchedule.parse("0 7 * * MON-FRI", "Europe/Berlin");
        // Friday 2026-12-04 08:00 in Berlin: the next 07:00 on a weekday is Monday the 7th
        List<ZonedDateTime> next = weekdays.next(Instant.parse("2026-12-04T07:00:00Z"), 2);
        assertThat(next).extracting(ZonedDateTime::toString)
                .containsExactly("2026-12-07T07:00+01:00[Europe/Berlin]", "2026-12-08T07:00+01:00[Europe/Berlin]");
    }

    @Test
    void localTimeIsKeptAcrossADaylightSavingChange() {
        CronSchedule daily = CronSchedule.parse("30 6 * * *", "America/New_York");
        // DST ends on 2026-11-01: 06:30 local is 10:30Z before and 11:30Z after
        assertThat(daily.nextAfter(Instant.parse("2026-10-31T12:00:00Z"))).contains(Instant.parse("2026-11-01T11:30:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-10-30T12:00:00Z"))).contains(Instant.parse("2026-10-31T10:30:00Z"));
    }

    @Test
    void sixFieldsStartWithSeconds() {
        CronSchedule everyTen = CronSchedule.parse("*/10 * * * * *", null);
        assertThat(everyTen.zone().getId()).isEqualTo("UTC");
        assertThat(everyTen.next(Instant.parse("2026-12-01T10:00:05Z"), 3)).extracting(t -> t.toInstant().toString())
                .containsExactly("2026-12-01T10:00:10Z", "2026-12-01T10:00:20Z", "2026-12-01T10:00:30Z");
    }

    @Test
    void badExpressionsAndZonesAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> CronSchedule.parse("61 * * * *", "UTC")).hasMessageStartingWith("cron: ");
        assertThatThrownBy(() -> CronSchedule.parse("* * *", "UTC")).hasMessageContaining("needs 5 fields");
        assertThatThrownBy(() -> CronSchedule.parse(" ", "UTC")).hasMessage("cron: is required");
        assertThatThrownBy(() -> CronSchedule.parse("* * * * *", "Mars/Olympus")).hasMessageStartingWith("timeZone: ");
    }
}

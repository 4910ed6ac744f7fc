package io.switchboard.core.id;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7UuidsThatSortInTheOrderTheyWereMadeAndNeverRepeat() throws InterruptedException {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            made.add(TimeOrderedIds.next());
            if (i % 500 == 0) {
                Thread.sleep(2);
            }
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).isSorted();
        UUID first = UUID.fromString(made.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        long millis = first.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }
}

package io.switchboard.rag.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestionMeterTest {

    @Test
    void rateNeedsTwoSamplesAndCountsWhatCameAfterTheFirst() throws InterruptedException {
        IngestionMeter meter = new IngestionMeter();
        assertThat(meter.chunksPerSecond("c")).isNull();
        meter.record("c", 100);
        assertThat(meter.chunksPerSecond("c")).isNull();
        Thread.sleep(200);
        meter.record("c", 10);
        // 10 chunks over at least 0.2 s: at most 50 chunks/s, and well above zero
        assertThat(meter.chunksPerSecond("c")).isBetween(1.0, 50.0);
        assertThat(meter.chunksPerSecond("other")).isNull();
    }
}

package io.switchboard.orchestration.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataJsonTest {

    @Test
    void roundTripsNestedValuesAndStoresNothingForEmptyMetadata() {
        String json = MetadataJson.write(Map.of("ticket", "T-1", "tags", List.of("a", "b"), "urgent", true));
        Map<String, Object> read = MetadataJson.read(json);
        assertThat(read).containsEntry("ticket", "T-1").containsEntry("urgent", true);
        assertThat(read.get("tags")).isEqualTo(List.of("a", "b"));

        assertThat(MetadataJson.write(Map.of())).isNull();
        assertThat(MetadataJson.write(null)).isNull();
        assertThat(MetadataJson.read(null)).isEmpty();
    }
}

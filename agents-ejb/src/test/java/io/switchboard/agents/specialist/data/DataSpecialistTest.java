package io.switchboard.agents.specialist.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.tool.DatasourceView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSpecialistTest {

    @Test
    void findsTheSqlInAMessage() {
        assertThat(DataSpecialist.sqlIn("SELECT count(*) FROM orders")).hasValue("SELECT count(*) FROM orders");
        assertThat(DataSpecialist.sqlIn("run this query: select name from customers order by name"))
                .hasValue("select name from customers order by name");
        assertThat(DataSpecialist.sqlIn("please run\n```sql\nSELECT 1\n```\nthanks")).hasValue("SELECT 1");
        assertThat(DataSpecialist.sqlIn("run SELECT * FROM t on warehouse")).hasValue("SELECT * FROM t");
        assertThat(DataSpecialist.sqlIn("how many orders did we get?")).isEmpty();
    }

    @Test
    void theDatasourceIsTheOneNamedOrTheOnlyOne() {
        DatasourceView warehouse = view("warehouse");
        DatasourceView crm = view("crm");
        assertThat(DataSpecialist.datasourceFor("select 1 on crm", List.of(warehouse, crm))).hasValue(crm);
        assertThat(DataSpecialist.datasourceFor("select 1", List.of(warehouse))).hasValue(warehouse);
        assertThat(DataSpecialist.datasourceFor("select 1", List.of(warehouse, crm))).isEmpty();
        assertThat(DataSpecialist.datasourceFor("select 1", List.of())).isEmpty();
    }

    private static DatasourceView view(String name) {
        return new DatasourceView("id-" + name, name, "jdbc:h2:mem:" + name, "sa", false, 100, 10, Instant.now());
    }
}

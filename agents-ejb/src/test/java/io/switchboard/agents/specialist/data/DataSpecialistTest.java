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
        assertThat(DataSpecialist.sqlIn("help me with the sales database")).as("English, not SQL").isEmpty();
        assertThat(DataSpecialist.sqlIn("can you select the best report for me")).isEmpty();
        assertThat(DataSpecialist.sqlIn("execute this sql: WITH t AS (SELECT 1) SELECT * FROM t"))
                .hasValue("WITH t AS (SELECT 1) SELECT * FROM t");
    }

    @Test
    void theDatasourceIsTheOneNamedOrTheOnlyOne() {
        DatasourceView warehouse = view("warehouse");
        DatasourceView crm = view("crm");
        assertThat(DataSpecialist.datasourceFor("select 1 on crm", List.of(warehouse, crm))).hasValue(crm);
        DatasourceView sales = view("sales");
        assertThat(DataSpecialist.datasourceFor("select * from sales on crm", List.of(sales, crm)))
                .as("the datasource named at the end wins over a table of the same name").hasValue(crm);
        assertThat(DataSpecialist.datasourceFor("select 1", List.of(warehouse))).hasValue(warehouse);
        assertThat(DataSpecialist.datasourceFor("select 1", List.of(warehouse, crm))).isEmpty();
        assertThat(DataSpecialist.datasourceFor("select 1", List.of())).isEmpty();
    }

    private static DatasourceView view(String name) {
        return new DatasourceView("id-" + name, name, "jdbc:h2:mem:" + name, "sa", false, 100, 10, Instant.now());
    }
}

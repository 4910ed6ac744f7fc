package io.switchboard.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT 1",
            "select id, name from customers where region = 'EU' order by name",
            "WITH recent AS (SELECT * FROM orders WHERE created_at > now() - interval '7 days') SELECT count(*) FROM recent",
            "SELECT a FROM t UNION SELECT b FROM u",
            "EXPLAIN SELECT * FROM orders",
            "SELECT 'DELETE FROM t' AS harmless_text",
            "SELECT * FROM orders WHERE note = 'drop table x; --'",
            "/* report */ SELECT 1 -- trailing comment",
            "SELECT 1;",
            "SELECT * FROM t WHERE name IN ('e', 'Pierre', 'u')",
            "SELECT price::numeric, '100$' AS amount FROM products"})
    void queriesMayRun(String sql) {
        assertThat(ReadOnlySql.refusal(sql)).as(sql).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO t VALUES (1)",
            "insert into t select * from u",
            "UPDATE t SET a = 1",
            "uPdAtE t SET a = 1 WHERE id = 2",
            "DELETE FROM t",
            "MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE",
            "DROP TABLE t",
            "CREATE TABLE x (id int)",
            "ALTER TABLE t ADD COLUMN c int",
            "TRUNCATE t",
            "GRANT ALL ON t TO public",
            "COPY t TO '/tmp/out.csv'",
            "SET ROLE postgres",
            "CALL do_things()",
            "SELECT 1; DELETE FROM t",
            "SELECT 1; SELECT 2",
            "SELECT 1;DROP TABLE t",
            "SELECT 1 /* ; */ ; /* */ DELETE FROM t",
            "DELETE/**/FROM t",
            "/* SELECT */ DELETE FROM t",
            "-- SELECT\nDELETE FROM t",
            "WITH gone AS (DELETE FROM t RETURNING *) SELECT * FROM gone",
            "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x",
            "SELECT * INTO new_table FROM t",
            "SELECT * FROM t FOR UPDATE",
            "select * from t for share",
            "SELECT pg_sleep(10)",
            "SELECT PG_TERMINATE_BACKEND(pid) FROM pg_stat_activity",
            "SELECT pg_read_file('/etc/passwd')",
            "SELECT set_config('search_path', 'x', false)",
            "SELECT nextval('seq')",
            "SELECT lo_import('/etc/passwd')",
            "EXPLAIN ANALYZE SELECT * FROM t",
            "EXPLAIN (ANALYZE true) SELECT 1",
            "explain analyse delete from t",
            "EXPLAIN DELETE FROM t",
            "VACUUM",
            "",
            "   ",
            "SELEC 1",
            "SELECT E'\\'' ; COMMIT; DELETE FROM t; -- '",
            "SELECT e'x\\'' AS a",
            "SELECT U&'d\\0061t' FROM t",
            "SELECT $$ ; DELETE FROM t; $$",
            "SELECT $tag$x$tag$",
            "SELECT 'a\\'; DELETE FROM t; --'",
            "SELECT \"pg_terminate_backend\"(1)",
            "SELECT pg_catalog.\"pg_read_file\"('/etc/passwd')",
            "SELECT query_to_xml_and_xmlschema('delete from t', true, true, '')",
            "SELECT NEXT VALUE FOR seq",
            "select next  value for seq from t"})
    void everythingElseIsRefused(String sql) {
        assertThat(ReadOnlySql.refusal(sql)).as(sql).isNotNull();
    }
}

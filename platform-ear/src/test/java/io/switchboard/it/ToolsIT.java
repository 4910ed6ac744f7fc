package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tool registry over HTTP against a real server, as an administrator tries it: built-in tools, invoking
 * and the audit, schema violations that never reach the tool, roles, an http tool with a secret header, the
 * SSRF guards of http_request, and read-only SQL on a real PostgreSQL database.
 */
class ToolsIT {

    /** Set as SWITCHBOARD_SECRET_IT_TOKEN on the shared server (see SharedPlatform). */
    static final String SECRET = "it-secret-value-42";
    private static final String TOOLS_DATABASE = System.getProperty("it.postgres.tools-database", "switchboard_tools_it");
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/" + TOOLS_DATABASE;
    private static final String PG_USER = System.getProperty("it.postgres.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("it.postgres.password", "");

    private static Api api;
    private static String admin;
    private static String operator;
    private static String viewer;
    private static HttpServer backend;
    private static String backendUrl;
    private static final Map<String, String> receivedHeaders = new ConcurrentHashMap<>();
    private static final AtomicInteger backendHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        operator = user("tools-operator", "operator");
        viewer = user("tools-viewer", "viewer");
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.createContext("/orders/", exchange -> {
            backendHits.incrementAndGet();
            receivedHeaders.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String id = exchange.getRequestURI().getPath().substring("/orders/".length());
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            byte[] body = ("{\"order\":\"" + id + "\",\"query\":\"" + query + "\",\"state\":\"shipped\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        backend.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        backend.start();
        backendUrl = "http://127.0.0.1:" + backend.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        backend.stop(0);
    }

    private static String user(String prefix, String role) {
        String name = prefix + "-" + System.nanoTime();
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"tools-password-1\","
                + "\"roles\":[\"" + role + "\"]}").status()).isEqualTo(201);
        return api.token(name, "tools-password-1");
    }

    private static Api.Reply invoke(String tool, String token, String arguments) {
        return api.post("/api/tools/" + tool + "/invoke", token, "{\"arguments\":" + arguments + "}");
    }

    private static JsonArray audit(String query) {
        Api.Reply reply = api.get("/api/tools/audit?" + query, admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.structure().asJsonArray();
    }

    @Test
    void builtInToolsAreListedInvokedAndAudited() {
        Api.Reply list = api.get("/api/tools", viewer);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.structure().asJsonArray()).extracting(t -> t.asJsonObject().getString("name"))
                .contains("calculator", "datetime", "unit_convert", "http_request", "sql_query", "knowledge_search");
        JsonObject calculator = api.get("/api/tools/calculator", viewer).json();
        assertThat(calculator.getString("kind")).isEqualTo("builtin");
        assertThat(calculator.getJsonObject("parameters").getJsonArray("required").getString(0)).isEqualTo("expression");

        Api.Reply run = invoke("calculator", operator, "{\"expression\":\"15% of 200\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().getString("status")).isEqualTo("succeeded");
        assertThat(run.json().getString("text")).isEqualTo("15% of 200 = 30");
        String invocation = run.json().getString("invocationId");

        JsonObject entry = audit("tool=calculator&outcome=succeeded&limit=50").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("id").equals(invocation)).findFirst().orElseThrow();
        assertThat(entry.getString("callerType")).isEqualTo("user");
        assertThat(entry.getString("caller")).startsWith("tools-operator-");
        assertThat(entry.getJsonObject("arguments").getString("expression")).isEqualTo("15% of 200");
        assertThat(entry.getInt("attempts")).isEqualTo(1);

        JsonObject converted = invoke("unit_convert", operator, "{\"value\":3,\"from\":\"miles\",\"to\":\"km\"}").json();
        assertThat(converted.getString("text")).isEqualTo("3 mi = 4.828032 km");
        assertThat(invoke("datetime", operator, "{\"operation\":\"now\",\"timezone\":\"Asia/Tokyo\"}").json()
                .getJsonObject("output").getString("timezone")).isEqualTo("Asia/Tokyo");
        Api.Reply failed = invoke("calculator", operator, "{\"expression\":\"1 / 0\"}");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().getString("status")).isEqualTo("failed");
        assertThat(failed.json().getString("error")).contains("1 / 0");
    }

    @Test
    void schemaViolationsAreListedAndNeverReachTheTool() {
        int before = audit("tool=unit_convert&outcome=succeeded&limit=1000").size();
        Api.Reply reply = invoke("unit_convert", operator, "{\"value\":\"three\",\"from\":\"mi\",\"extra\":1}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().getString("type")).isEqualTo("urn:switchboard:problem:tool-arguments-invalid");
        assertThat(reply.json().getJsonArray("errors")).extracting(e -> e.asJsonObject().getString("field"))
                .contains("value", "to", "extra");
        assertThat(audit("tool=unit_convert&outcome=succeeded&limit=1000")).hasSize(before);
        assertThat(audit("tool=unit_convert&outcome=invalid&limit=5")).isNotEmpty();
        assertThat(api.post("/api/tools/calculator/invoke", operator, "{\"arguments\":[1]}").status()).isEqualTo(400);
        assertThat(api.post("/api/tools/calculator/invoke", operator, "{not json").status()).isEqualTo(400);
    }

    @Test
    void rolesDecideWhoMayInvokeAndWhoMayDefine() {
        Api.Reply refused = invoke("calculator", viewer, "{\"expression\":\"1+1\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("admin, operator");
        assertThat(invoke("knowledge_search", viewer, "{\"collection\":\"no-such-collection\",\"query\":\"x\"}").json()
                .getString("error")).contains("no-such-collection");
        assertThat(api.post("/api/tools", operator, httpToolJson("not-allowed")).status()).isEqualTo(403);
        assertThat(api.get("/api/tools/audit", viewer).status()).isEqualTo(403);
        assertThat(api.get("/api/tools", null).status()).isEqualTo(401);
        assertThat(api.get("/api/datasources", operator).status()).isEqualTo(403);
        assertThat(api.get("/api/tools/no-such-tool", viewer).status()).isEqualTo(404);
    }

    private static String httpToolJson(String name) {
        return """
                {"name":"%s","kind":"http","description":"Looks up an order",
                 "parameters":{"type":"object","properties":{"orderId":{"type":"string","pattern":"^[A-Z0-9-]+$"},
                   "verbose":{"type":"boolean"}},"required":["orderId"],"additionalProperties":false},
                 "http":{"method":"GET","url":"%s/orders/{orderId}","query":{"v":"verbose"},
                   "headers":{"Authorization":"Bearer {{secret:IT_TOKEN}}"}},
                 "limits":{"timeoutMs":5000,"maxAttempts":1,"ratePerMinute":100}}""".formatted(name, backendUrl);
    }

    @Test
    void anAdministratorDefinesAnHttpToolWithASecretHeader() {
        String name = "order_status_" + System.nanoTime();
        Api.Reply created = api.post("/api/tools", admin, httpToolJson(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/tools/" + created.json().getString("id"));
        assertThat(created.body()).contains("{{secret:IT_TOKEN}}").doesNotContain(SECRET);
        assertThat(api.post("/api/tools", admin, httpToolJson(name)).status()).isEqualTo(409);

        Api.Reply run = invoke(name, operator, "{\"orderId\":\"A-17\",\"verbose\":true}");
        assertThat(run.json().getString("status")).as(run.body()).isEqualTo("succeeded");
        JsonObject body = run.json().getJsonObject("output").getJsonObject("body");
        assertThat(body.getString("order")).isEqualTo("A-17");
        assertThat(body.getString("query")).isEqualTo("v=true");
        assertThat(receivedHeaders.get("authorization")).isEqualTo("Bearer " + SECRET);
        int hits = backendHits.get();
        assertThat(invoke(name, operator, "{\"orderId\":\"../admin\"}").status()).isEqualTo(400);
        assertThat(backendHits).as("an invalid argument never reaches the backend").hasValue(hits);
        assertThat(api.get("/api/tools/audit?tool=" + name, admin).body()).doesNotContain(SECRET);

        Api.Reply disabled = api.post("/api/tools/" + name + "/disable", admin, "");
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(invoke(name, operator, "{\"orderId\":\"A-1\"}").status()).isEqualTo(409);
        assertThat(api.post("/api/tools/" + name + "/enable", admin, "").json().getBoolean("enabled")).isTrue();

        Api.Reply bad = api.post("/api/tools", admin, """
                {"name":"bad_tool","kind":"http","description":"x",
                 "parameters":{"type":"object","properties":{"a":{"type":"strin"}}},
                 "http":{"method":"GET","url":"https://example.org/{missing}"}}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).hasSizeGreaterThanOrEqualTo(3);

        assertThat(api.delete("/api/tools/" + name, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/tools/" + name, admin).status()).isEqualTo(404);
        assertThat(api.delete("/api/tools/calculator", admin).status()).isEqualTo(409);
    }

    @Test
    void httpRequestRefusesInternalAddressesAndRedirectsToThem() {
        assertThat(invoke("http_request", operator, "{\"url\":\"" + backendUrl + "/orders/X-1\"}").json()
                .getString("status")).isEqualTo("succeeded");
        for (String url : List.of("http://127.0.0.2/", "http://localhost:" + backend.getAddress().getPort() + "/orders/1",
                "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://192.168.1.1/", "http://[::1]/",
                backendUrl + "/to-metadata")) {
            JsonObject result = invoke("http_request", operator, "{\"url\":\"" + url + "\"}").json();
            assertThat(result.getString("status")).as(url).isEqualTo("failed");
            assertThat(result.getString("error")).as(url).containsAnyOf("not allow-listed", "internal address",
                    "Refused the redirect");
        }
    }

    @Test
    void sqlToolsReadAndNeverWrite() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS orders");
            s.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer TEXT, total NUMERIC(10,2))");
            s.execute("INSERT INTO orders SELECT g, 'c' || (g % 3), g * 10 FROM generate_series(1, 40) g");
        }
        Api.Reply wrongPassword = api.post("/api/datasources", admin, """
                {"name":"wrong","jdbcUrl":"jdbc:postgresql://127.0.0.1:5432/no_such_database","username":"postgres"}""");
        assertThat(wrongPassword.status()).as(wrongPassword.body()).isEqualTo(400);
        assertThat(api.post("/api/datasources", admin, """
                {"name":"evil","jdbcUrl":"jdbc:postgresql://127.0.0.1/x?socketFactory=java.lang.Object"}""").status())
                .isEqualTo(400);
        String datasource = "warehouse-" + System.nanoTime();
        Api.Reply registered = api.post("/api/datasources", admin, ("{\"name\":\"%s\",\"jdbcUrl\":\"%s\","
                + "\"username\":\"%s\",\"password\":\"a-secret-password\",\"maxRows\":25}").formatted(datasource, PG_URL, PG_USER));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().getBoolean("passwordSet")).isTrue();
        assertThat(registered.body()).doesNotContain("a-secret-password");

        JsonObject rows = invoke("sql_query", operator, ("{\"datasource\":\"%s\",\"query\":\"SELECT customer, count(*) AS n "
                + "FROM orders GROUP BY customer ORDER BY customer\"}").formatted(datasource)).json();
        assertThat(rows.getString("status")).as(rows.toString()).isEqualTo("succeeded");
        assertThat(rows.getJsonObject("output").getInt("rowCount")).isEqualTo(3);
        assertThat(rows.getString("text")).contains("customer | n", "c0 | 13");
        JsonObject capped = invoke("sql_query", operator, "{\"datasource\":\"%s\",\"query\":\"SELECT * FROM orders\"}"
                .formatted(datasource)).json().getJsonObject("output");
        assertThat(capped.getInt("rowCount")).isEqualTo(25);
        assertThat(capped.getBoolean("truncated")).isTrue();

        for (String sql : List.of("DELETE FROM orders", "insert into orders values (99, 'x', 1)",
                "UPDATE orders SET total = 0", "DROP TABLE orders", "SELECT 1; DELETE FROM orders",
                "/* SELECT */ DELETE FROM orders", "sElEcT 1;dElEtE fRoM orders",
                "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d", "SELECT * INTO copy FROM orders",
                "SELECT * FROM orders FOR UPDATE", "SELECT pg_sleep(5)", "EXPLAIN ANALYZE DELETE FROM orders",
                "TRUNCATE orders", "CREATE TABLE x (a int)")) {
            JsonObject result = invoke("sql_query", operator, "{\"datasource\":\"" + datasource + "\",\"query\":\""
                    + sql.replace("\"", "\\\"") + "\"}").json();
            assertThat(result.getString("status")).as(sql).isEqualTo("failed");
            assertThat(result.getString("error")).as(sql).startsWith("Refused");
        }
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(total) FROM orders")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing was written").isEqualTo(40);
            assertThat(rs.getInt(2)).isEqualTo(8200);
        }

        String tool = "orders_of_customer_" + System.nanoTime();
        Api.Reply defined = api.post("/api/tools", admin, ("""
                {"name":"%s","kind":"sql","description":"Orders of one customer",
                 "parameters":{"type":"object","properties":{"customer":{"type":"string"}},"required":["customer"]},
                 "sql":{"datasource":"%s","statement":"SELECT id, total FROM orders WHERE customer = :customer ORDER BY id"}}""")
                .formatted(tool, datasource));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        JsonObject ofC1 = invoke(tool, operator, "{\"customer\":\"c1\"}").json();
        assertThat(ofC1.getJsonObject("output").getInt("rowCount")).as(ofC1.toString()).isEqualTo(14);
        assertThat(invoke(tool, operator, "{\"customer\":\"x' OR '1'='1\"}").json().getJsonObject("output")
                .getInt("rowCount")).as("parameters are bound, never spliced").isZero();
        Api.Reply writing = api.post("/api/tools", admin, ("{\"name\":\"w_%d\",\"kind\":\"sql\",\"description\":\"w\","
                + "\"parameters\":{\"type\":\"object\"},\"sql\":{\"datasource\":\"%s\",\"statement\":\"DELETE FROM orders\"}}")
                .formatted(System.nanoTime(), datasource));
        assertThat(writing.status()).isEqualTo(400);
        assertThat(api.delete("/api/datasources/" + datasource, admin).status()).as("in use by the sql tool").isEqualTo(409);
        assertThat(api.delete("/api/tools/" + tool, admin).status()).isEqualTo(204);
        assertThat(api.delete("/api/datasources/" + datasource, admin).status()).isEqualTo(204);
    }

    @Test
    void theToolAgentAnswersDirectRequestsWithoutAModel() {
        JsonObject percent = api.post("/api/execute-task", operator,
                "{\"agent\":\"tool\",\"input\":\"what is 15% of 200\"}").json();
        assertThat(percent.getString("status")).isEqualTo("completed");
        assertThat(percent.getString("output")).startsWith("15% of 200 = 30").contains("no language model");
        JsonObject miles = api.post("/api/execute-task", operator,
                "{\"agent\":\"tool\",\"input\":\"convert 3 miles to km\"}").json();
        assertThat(miles.getString("output")).startsWith("3 mi = 4.828032 km");
        JsonObject entry = audit("callerType=agent&taskId=" + miles.getString("taskId")).getJsonObject(0);
        assertThat(entry.getString("caller")).isEqualTo("tool");
        assertThat(entry.getString("tool")).isEqualTo("unit_convert");
        JsonObject help = api.post("/api/execute-task", operator, "{\"agent\":\"tool\",\"input\":\"hello\"}").json();
        assertThat(help.getString("output")).contains("calculator", "without a language model");
    }
}

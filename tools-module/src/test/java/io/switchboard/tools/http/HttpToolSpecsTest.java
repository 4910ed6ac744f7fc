package io.switchboard.tools.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.HttpToolSpec;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpToolSpecsTest {

    private static final JsonObject SCHEMA = JsonValues.parseObject(
            "{\"type\":\"object\",\"properties\":{\"orderId\":{\"type\":\"string\"},\"status\":{\"type\":\"string\"}}}");
    private final OutboundPolicy policy = OutboundPolicy.allowing(List.of("api.example.com"));

    @Test
    void aGoodDefinitionHasNoProblemsAndSurvivesStorage() {
        HttpToolSpec spec = new HttpToolSpec("GET", "https://api.example.com/orders/{orderId}", Map.of("s", "status"),
                Map.of("Authorization", "Bearer {{secret:CRM}}"), null);
        assertThat(HttpToolSpecs.problems(spec, SCHEMA, policy)).isEmpty();
        assertThat(HttpToolSpecs.fromConfig(HttpToolSpecs.toConfig(spec))).isEqualTo(spec);
    }

    @Test
    void everyProblemIsListed() {
        HttpToolSpec spec = new HttpToolSpec("GET", "https://evil.example.org/{missing}", Map.of("q", "nope"),
                Map.of("Bad Header", "{{oops}}"), null);
        assertThat(HttpToolSpecs.problems(spec, SCHEMA, policy)).extracting(Problem.FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("not allow-listed"))
                .anySatisfy(m -> assertThat(m).contains("{missing}"))
                .anySatisfy(m -> assertThat(m).contains("names no argument"))
                .anySatisfy(m -> assertThat(m).contains("not a valid header name"))
                .anySatisfy(m -> assertThat(m).contains("not a secret reference"));
        assertThat(HttpToolSpecs.problems(new HttpToolSpec("GET", "https://{orderId}.example.com/", null, null, null),
                SCHEMA, policy)).extracting(Problem.FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("may not come from arguments"));
    }

    @Test
    void credentialsInHeadersMustBeSecretReferences() {
        HttpToolSpec literal = new HttpToolSpec("GET", "https://api.example.com/x", null,
                Map.of("Authorization", "Bearer abc123", "X-Api-Key", "k", "Accept", "application/json"), null);
        assertThat(HttpToolSpecs.problems(literal, SCHEMA, policy)).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("http.headers.Authorization", "http.headers.X-Api-Key");
    }

    @Test
    void argumentsFillTheTemplateEncoded() {
        assertThat(HttpToolRunner.fill("https://api.example.com/orders/{orderId}",
                JsonValues.parseObject("{\"orderId\":\"a b/../c\"}"))).isEqualTo("https://api.example.com/orders/a%20b%2F..%2Fc");
        assertThat(HttpToolRunner.fill("https://api.example.com/orders/{orderId}/items",
                JsonValues.parseObject("{\"orderId\":\"..\"}"))).isEqualTo("https://api.example.com/orders/%2E%2E/items");
    }
}

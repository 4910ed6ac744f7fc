package io.switchboard.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.problem.Problem;
import io.switchboard.tools.json.JsonValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentSchemasTest {

    private static final String SCHEMA = """
            {"type":"object","properties":{
              "expression":{"type":"string","maxLength":10},
              "precision":{"type":"integer","minimum":0},
              "mode":{"enum":["exact","fast"]}},
             "required":["expression"],"additionalProperties":false}""";

    @Test
    void validArgumentsHaveNoViolations() {
        assertThat(ArgumentSchemas.violations(SCHEMA, JsonValues.parseObject("{\"expression\":\"1+1\",\"precision\":2}")))
                .isEmpty();
    }

    @Test
    void everyViolationIsListedWithWhereItIs() {
        List<Problem.FieldError> errors = ArgumentSchemas.violations(SCHEMA, JsonValues.parseObject(
                "{\"precision\":-1,\"mode\":\"slow\",\"extra\":true}"));
        assertThat(errors).extracting(Problem.FieldError::field)
                .contains("expression", "precision", "mode");
        assertThat(errors).hasSizeGreaterThanOrEqualTo(4);
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).isNotBlank().doesNotStartWith("$"));
        assertThat(errors).filteredOn(e -> e.field().equals("expression")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("required"));
        assertThat(ArgumentSchemas.violations(SCHEMA, JsonValues.parseObject("{\"expression\":\"12345678901\"}")))
                .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("expression"));
    }

    @Test
    void aToolSchemaMustBeAValidObjectSchema() {
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject(SCHEMA))).isEmpty();
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject("{\"type\":\"string\"}")))
                .extracting(Problem.FieldError::field).contains("parameters.type");
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"strin\"}}}"))).isNotEmpty();
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"minimum\":\"ten\"}}}"))).isNotEmpty();
    }

    @Test
    void remoteReferencesAreNeverFetched() {
        String remote = "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"http://127.0.0.1:9/schema.json\"}}}";
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject(remote)))
                .extracting(Problem.FieldError::field).containsExactly("parameters.properties.a.$ref");
        assertThat(ArgumentSchemas.schemaProblems(JsonValues.parseObject(
                "{\"type\":\"object\",\"$defs\":{\"n\":{\"type\":\"number\"}},"
                        + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/n\"}}}"))).isEmpty();
    }
}

package io.switchboard.console.widgets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaFormTest {

    private static final JsonObject SCHEMA = Json.createReader(new StringReader("""
            {"type":"object","required":["value","from","to"],"properties":{
              "value":{"type":"number","description":"the amount"},
              "from":{"type":"string","enum":["mi","km"]},
              "to":{"type":"string"},
              "places":{"type":"integer","default":2},
              "strict":{"type":"boolean"},
              "extra":{"type":"object"}}}""")).readObject();

    @Test
    void eachPropertyBecomesATypedFieldWithItsChoicesDefaultAndRequiredMark() {
        SchemaForm form = SchemaForm.of(SCHEMA);
        assertThat(form.fields()).extracting(SchemaForm.Field::name, SchemaForm.Field::type, SchemaForm.Field::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("value", "number", true),
                        org.assertj.core.groups.Tuple.tuple("from", "enum", true),
                        org.assertj.core.groups.Tuple.tuple("to", "string", true),
                        org.assertj.core.groups.Tuple.tuple("places", "integer", false),
                        org.assertj.core.groups.Tuple.tuple("strict", "boolean", false),
                        org.assertj.core.groups.Tuple.tuple("extra", "object", false));
        assertThat(form.fields().get(1).choices()).containsExactly("mi", "km");
        assertThat(form.fields().get(3).defaultText()).isEqualTo("2");
        assertThat(form.fields().get(0).description()).isEqualTo("the amount");
    }

    @Test
    void textsBecomeTypedArgumentsAndEmptyOptionalOnesAreLeftOut() {
        SchemaForm.Arguments arguments = SchemaForm.of(SCHEMA).arguments(Map.of("value", "3.5", "from", "mi",
                "to", "km", "places", "", "strict", "true", "extra", "{\"a\":1}"));
        assertThat(arguments.valid()).isTrue();
        assertThat(arguments.value().toString())
                .isEqualTo("{\"value\":3.5,\"from\":\"mi\",\"to\":\"km\",\"strict\":true,\"extra\":{\"a\":1}}");
    }

    @Test
    void unreadableAndMissingFieldsAreNamed() {
        SchemaForm.Arguments arguments = SchemaForm.of(SCHEMA).arguments(Map.of("value", "three", "from", "mi",
                "places", "2.5", "extra", "{oops"));
        assertThat(arguments.problems()).containsExactly(Map.entry("value", "must be a number"),
                Map.entry("to", "is required"), Map.entry("places", "must be a whole number"),
                Map.entry("extra", "must be JSON (an object)"));
    }

    @Test
    void aToolWithoutASchemaHasNoFields() {
        assertThat(SchemaForm.of(null).fields()).isEmpty();
        assertThat(SchemaForm.of(Json.createObjectBuilder().build()).arguments(Map.of()).value()).isEmpty();
    }
}

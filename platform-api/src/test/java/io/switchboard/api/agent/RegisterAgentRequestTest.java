package io.switchboard.api.agent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterAgentRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-bot", "Agent 7", "a", "über.agent_1", "x y z", "data-2.0"})
    void acceptsNamesOfLettersDigitsPunctuationAndInnerSpaces(String name) {
        assertThat(validator.validate(new RegisterAgentRequest(name, null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " lead", "trail ", "bad!", "semi;colon", "slash/name", "tab\tname", "new\nline"})
    void refusesOtherNames(String name) {
        assertThat(fields(validator.validate(new RegisterAgentRequest(name, null, null, null)))).contains("name");
    }

    @Test
    void refusesMissingAndOverlongNames() {
        assertThat(fields(validator.validate(new RegisterAgentRequest(null, null, null, null)))).containsExactly("name");
        char[] longName = new char[101];
        Arrays.fill(longName, 'a');
        assertThat(fields(validator.validate(new RegisterAgentRequest(new String(longName), null, null, null))))
                .containsExactly("name");
        Arrays.fill(longName, 0, 100, 'b');
        assertThat(validator.validate(new RegisterAgentRequest(new String(longName, 0, 100), null, null, null))).isEmpty();
    }

    @Test
    void toolsDefaultToEmptyAndMustBeNames() {
        assertThat(new RegisterAgentRequest("a", null, null, null).tools()).isEmpty();
        assertThat(fields(validator.validate(new RegisterAgentRequest("a", null, List.of("calculator", "bad tool"), null))))
                .containsExactly("tools[1].<list element>");
    }

    private static List<String> fields(Set<ConstraintViolation<RegisterAgentRequest>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }

    @Test
    void jsonBindingReadsRequestsWithAndWithoutSkills() throws Exception {
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            RegisterAgentRequest plain = jsonb.fromJson("{\"name\":\"pg-agent\",\"tools\":[\"a\"]}",
                    RegisterAgentRequest.class);
            assertThat(plain.name()).isEqualTo("pg-agent");
            assertThat(plain.skills()).isEmpty();
            RegisterAgentRequest skilled = jsonb.fromJson("{\"name\":\"s\",\"skills\":[{\"id\":\"k\",\"name\":\"K\","
                    + "\"examples\":[\"do k\"]}]}", RegisterAgentRequest.class);
            assertThat(skilled.skills()).singleElement().satisfies(k -> assertThat(k.examples()).containsExactly("do k"));
        }
    }
}

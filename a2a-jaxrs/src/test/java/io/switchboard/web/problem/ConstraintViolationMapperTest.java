package io.switchboard.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.agent.RegisterAgentRequest;
import io.switchboard.api.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

    @Test
    void listsEveryInvalidFieldByItsPathInTheBody() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<?>> violations = new HashSet<>(
                    factory.getValidator().validate(new RegisterAgentRequest(" x", null, List.of("ok", "not ok"), null)));
            Problem problem = ConstraintViolationMapper.problemOf(violations, "/api/register-agent");

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.instance()).isEqualTo("/api/register-agent");
            assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("name", "tools[1]");
            assertThat(problem.detail()).startsWith("The request is invalid: name must be");
            assertThat(problem.type()).isEqualTo("urn:switchboard:problem:validation");
        }
    }
}

package io.switchboard.web.problem;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Bean Validation failures of a request: 400 with every invalid field listed. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Problem problem = problemOf(e.getConstraintViolations(), null);
        return Problems.of(problem.type(), problem.status(), problem.title(), problem.detail(), uri, problem.errors());
    }

    /** The problem for a set of violations: every invalid field with its message, sorted by field. */
    static Problem problemOf(Set<ConstraintViolation<?>> violations, String instance) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .distinct()
                .toList();
        String detail = errors.stream().map(f -> f.field().isEmpty() ? f.message() : f.field() + " " + f.message())
                .collect(Collectors.joining("; "));
        return new Problem(PlatformException.TYPE_PREFIX + "validation", "Bad Request", 400,
                "The request is invalid: " + detail, instance, errors);
    }

    /** The field path inside the request body, e.g. {@code name} or {@code tools[2]}; empty for the body itself. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
            }
        }
        return field.toString();
    }
}

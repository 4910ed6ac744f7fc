package io.switchboard.workflow.definition;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jakarta EL in workflows: templates such as {@code "Summarise: ${nodes.fetch.output}"} and expressions such as
 * {@code ${inputs.amount > 100}}, over {@code inputs}, {@code nodes.<id>.output} and, in a map's sub-path,
 * {@code item} and {@code index}. This checks their syntax with the EL implementation and finds the inputs and
 * nodes they read.
 */
public final class Expressions {

    private static final Pattern INPUT = Pattern.compile("\\binputs\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*['\"]"
            + "([A-Za-z_][A-Za-z0-9_]*)['\"]\\s*\\])");
    private static final Pattern NODE = Pattern.compile("\\bnodes\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*['\"]"
            + "([A-Za-z_][A-Za-z0-9_]*)['\"]\\s*\\])");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);

    private static volatile ExpressionFactory factory;

    private Expressions() {
    }

    public static ExpressionFactory factory() {
        ExpressionFactory f = factory;
        if (f == null) {
            f = ExpressionFactory.newInstance();
            factory = f;
        }
        return f;
    }

    /** Null when the template parses, else the EL implementation's reason. */
    public static String syntaxProblem(String template) {
        java.util.regex.Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            if (expression.group(1).contains("->")) {
                return "lambda expressions are not allowed in workflows";
            }
        }
        try {
            factory().createValueExpression(new StandardELContext(factory()), template, Object.class);
            return null;
        } catch (ELException | IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.length() > 300 ? message.substring(0, 300) + "…" : message;
        }
    }

    /** True when the text holds an expression ({@code ${…}}), false for a literal. */
    public static boolean isTemplate(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** True when the whole text is one expression, e.g. {@code ${inputs.amount > 100}}. */
    public static boolean isSingleExpression(String text) {
        return text != null && text.strip().matches("(?s)[$#]\\{.*}") && text.strip().indexOf('}') == text.strip().length() - 1;
    }

    public static Set<String> inputsRead(String template) {
        return names(template, INPUT);
    }

    public static Set<String> nodesRead(String template) {
        return names(template, NODE);
    }

    private static Set<String> names(String template, Pattern pattern) {
        Set<String> names = new LinkedHashSet<>();
        if (template == null) {
            return names;
        }
        Matcher expression = EXPRESSION.matcher(template);
        while (expression.find()) {
            Matcher m = pattern.matcher(expression.group(1));
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return names;
    }
}

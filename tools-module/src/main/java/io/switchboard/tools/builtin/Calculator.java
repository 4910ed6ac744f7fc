package io.switchboard.tools.builtin;

import io.switchboard.api.json.Jsonp;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code calculator}: arithmetic with a real expression parser (EvalEx, BigDecimal arithmetic, 34 significant
 * digits), never a script engine. Operators {@code + - * / ^ %} (modulo), parentheses, functions such as
 * {@code SQRT}, {@code ABS}, {@code ROUND(x, n)}, {@code MIN}, {@code MAX}, {@code SIN}/{@code COS}/{@code TAN}
 * (degrees), {@code LOG}, {@code LOG10}, constants {@code PI} and {@code E}. Percentages: {@code 15% of 200} is
 * 15/100 × 200, and {@code 12.5%} alone is 0.125.
 */
@ApplicationScoped
public class Calculator implements BuiltinTool {

    public static final String NAME = "calculator";
    static final int MAX_LENGTH = 1000;
    private static final Pattern PERCENT_OF = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%\\s*of\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%(?!\\s*[\\d(A-Za-z])");
    /** Factorials take time proportional to their argument, which no interrupt stops: not offered. */
    private static final Pattern FACTORIAL = Pattern.compile("(?i)\\bFACT\\s*\\(");
    private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Evaluates an arithmetic expression exactly, e.g. '(2 + 3) * 4', '15% of 200', 'SQRT(2)', "
                + "'ROUND(10 / 3, 2)', '2 ^ 10'. Supports + - * / ^, % for modulo or percentages, parentheses, "
                + "SQRT, ABS, ROUND, FLOOR, CEILING, MIN, MAX, SIN, COS, TAN (degrees), LOG, LOG10, PI and E.";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "expression":{"type":"string","minLength":1,"maxLength":1000,
                    "description":"The expression, e.g. '15% of 200' or '(1 + 2) * 3'"}},
                 "required":["expression"],"additionalProperties":false}""");
    }

    @Override
    public int timeoutMs() {
        return 5_000;
    }

    @Override
    public java.util.List<String> invokeRoles() {
        return AGENTS_TOO;
    }

    @Override
    public ToolOutput run(JsonObject arguments, ToolCall call) {
        String expression = arguments.getString("expression");
        BigDecimal value = evaluate(expression);
        String text = format(value);
        return new ToolOutput(Jsonp.JSON.createObjectBuilder().add("expression", expression).add("result", plain(value))
                .add("text", text).build(), expression.strip() + " = " + text);
    }

    /** The value of the expression; a {@link ToolFailure} that says what is wrong with it otherwise. */
    public static BigDecimal evaluate(String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw new ToolFailure("The expression is longer than " + MAX_LENGTH + " characters");
        }
        if (FACTORIAL.matcher(expression).find()) {
            throw new ToolFailure("FACT (factorial) is not supported");
        }
        String normalized = normalize(expression);
        try {
            EvaluationValue result = new Expression(normalized, CONFIGURATION).evaluate();
            if (!result.isNumberValue()) {
                throw new ToolFailure("'" + expression + "' is not a number but " + result.getValue());
            }
            return result.getNumberValue();
        } catch (ParseException e) {
            throw new ToolFailure("Cannot read the expression '" + expression + "': " + e.getMessage());
        } catch (EvaluationException e) {
            throw new ToolFailure("Cannot evaluate '" + expression + "': " + e.getMessage());
        } catch (ArithmeticException e) {
            throw new ToolFailure("Cannot evaluate '" + expression + "': " + e.getMessage());
        }
    }

    static String normalize(String expression) {
        String e = expression.strip().replace('×', '*').replace('÷', '/').replace('−', '-').replace("**", "^");
        e = PERCENT_OF.matcher(e).replaceAll("($1/100)*");
        e = PERCENT.matcher(e).replaceAll("($1/100)");
        return e.toUpperCase(Locale.ROOT).equals(e) ? e : e.replaceAll("(?i)\\bpi\\b", "PI");
    }

    /** The value without trailing zeros and, for whole numbers, without an exponent (30, not 3E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 && stripped.precision() - stripped.scale() <= 30 ? stripped.setScale(0) : stripped;
    }

    /** Up to 15 significant digits, without trailing zeros or an exponent for ordinary magnitudes. */
    static String format(BigDecimal value) {
        BigDecimal rounded = value.round(new MathContext(15)).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        int magnitude = rounded.precision() - rounded.scale();
        return magnitude > 21 || magnitude < -8 ? rounded.toString() : rounded.toPlainString();
    }
}

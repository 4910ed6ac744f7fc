package io.switchboard.testing.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The script: what the model "says" to a conversation, by rules a test can predict.
 * <ul>
 * <li>a structured-output request (routing) → JSON choosing {@code tool} for arithmetic and unit conversion,
 * {@code document} for questions about documents, else {@code general} (only among the names offered); a request
 * whose parts are joined by " and also " gets one step per part;</li>
 * <li>a request to combine specialists' answers → "Combined answer: " and the answers, joined by " | ";</li>
 * <li>a conversation ending with a tool result → "The result is &lt;result&gt;.";</li>
 * <li>arithmetic or a conversion with a calculator/unit_convert tool offered → a call of that tool;</li>
 * <li>"my name is X" → a greeting; "what is my name" → the name from an earlier user message;</li>
 * <li>passages in the message → an answer citing [1];</li>
 * <li>anything else → "Scripted answer: &lt;the message&gt;".</li>
 * </ul>
 */
public final class ScriptedReplies {

    /** A reply: text, or one tool call. */
    public record Reply(String text, String toolName, String toolArguments) {
        static Reply text(String text) {
            return new Reply(text, null, null);
        }

        static Reply tool(String name, String arguments) {
            return new Reply(null, name, arguments);
        }

        public boolean isToolCall() {
            return toolName != null;
        }
    }

    /** One message of the conversation as the script sees it. */
    public record Turn(String role, String text) {
    }

    private static final Pattern PERCENT = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*%\\s*of\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern ARITHMETIC = Pattern.compile("(\\d+(?:\\.\\d+)?\\s*[-+*/^]\\s*\\d+(?:\\.\\d+)?)");
    private static final Pattern CONVERT = Pattern.compile("(?i)convert\\s+(\\d+(?:\\.\\d+)?)\\s+([a-z]+)\\s+to\\s+([a-z]+)");
    private static final Pattern NAME_IS = Pattern.compile("(?i)my name is ([A-Z][a-z]+)");

    private ScriptedReplies() {
    }

    public static Reply reply(List<Turn> conversation, List<String> tools, List<String> routingChoices) {
        String last = conversation.isEmpty() ? "" : conversation.get(conversation.size() - 1).text();
        String lastUser = conversation.stream().filter(t -> t.role().equals("user")).reduce((a, b) -> b)
                .map(Turn::text).orElse("");
        if (routingChoices != null && !routingChoices.isEmpty()) {
            return Reply.text(route(lastUser, routingChoices));
        }
        if (lastUser.contains("Answers of the specialists:")) {
            List<String> answers = lastUser.lines().filter(l -> l.startsWith("- ") && l.contains("): "))
                    .map(l -> l.substring(l.indexOf("): ") + 3).strip()).toList();
            return Reply.text("Combined answer: " + String.join(" | ", answers));
        }
        if (!conversation.isEmpty() && conversation.get(conversation.size() - 1).role().equals("tool")) {
            return Reply.text("The result is " + last.strip() + ".");
        }
        Matcher percent = PERCENT.matcher(lastUser);
        Matcher arithmetic = ARITHMETIC.matcher(lastUser);
        if (tools.contains("calculator") && (percent.find() || arithmetic.find())) {
            String expression = percent.find(0) ? percent.group(1) + "% of " + percent.group(2) : arithmetic.group(1);
            return Reply.tool("calculator", "{\"expression\":\"" + expression + "\"}");
        }
        Matcher convert = CONVERT.matcher(lastUser);
        if (tools.contains("unit_convert") && convert.find()) {
            return Reply.tool("unit_convert", "{\"value\":" + convert.group(1) + ",\"from\":\"" + convert.group(2)
                    + "\",\"to\":\"" + convert.group(3) + "\"}");
        }
        Matcher name = NAME_IS.matcher(lastUser);
        if (name.find()) {
            return Reply.text("Nice to meet you, " + name.group(1) + ".");
        }
        if (lastUser.toLowerCase().contains("what is my name")) {
            for (Turn turn : conversation) {
                Matcher earlier = NAME_IS.matcher(turn.text());
                if (turn.role().equals("user") && earlier.find()) {
                    return Reply.text("Your name is " + earlier.group(1) + ".");
                }
            }
            return Reply.text("You have not told me your name.");
        }
        if (lastUser.contains("Passages:") && lastUser.contains("[1]")) {
            return Reply.text("According to the documents, the answer is in the first passage [1].");
        }
        return Reply.text("Scripted answer: " + lastUser.strip());
    }

    static String route(String request, List<String> choices) {
        String[] parts = request.split(" and also ");
        StringBuilder steps = new StringBuilder();
        if (parts.length > 1) {
            for (String part : parts) {
                steps.append(steps.isEmpty() ? "" : ",").append("{\"agent\":\"").append(agentFor(part, choices))
                        .append("\",\"request\":\"").append(part.strip().replace("\"", "'")).append("\"}");
            }
        }
        String wanted = wanted(parts[0]);
        return "{\"agent\":\"" + agentFor(parts[0], choices) + "\",\"reason\":\"scripted routing: " + wanted
                + " request\",\"steps\":[" + steps + "]}";
    }

    private static String wanted(String request) {
        String lower = request.toLowerCase();
        return PERCENT.matcher(request).find() || ARITHMETIC.matcher(request).find() || lower.contains("convert")
                ? "tool" : lower.contains("document") ? "document" : "general";
    }

    private static String agentFor(String request, List<String> choices) {
        String wanted = wanted(request);
        return choices.contains(wanted) ? wanted : choices.get(0);
    }
}

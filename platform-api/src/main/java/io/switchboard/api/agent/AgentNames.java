package io.switchboard.api.agent;

/** The rule for agent names, shared by the DTO validation and the registry. */
public final class AgentNames {

    /** Letters, digits, {@code - _ .} and inner spaces; 1 to 100 characters; no leading or trailing space. */
    public static final String PATTERN = "^[\\p{L}\\p{N}_.-]([\\p{L}\\p{N} _.-]*[\\p{L}\\p{N}_.-])?$";
    public static final int MAX_LENGTH = 100;
    public static final String RULE =
            "1-100 characters: letters, digits, '-', '_', '.' and spaces, not starting or ending with a space";

    private AgentNames() {
    }
}

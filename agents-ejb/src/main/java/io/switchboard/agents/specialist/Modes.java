package io.switchboard.agents.specialist;

/** How a specialist's answer was produced; every answer ends with one of these lines. */
public final class Modes {

    public static final String DETERMINISTIC = "deterministic mode: no language model configured";

    private Modes() {
    }

    /** The answer with its mode line. */
    public static String tagged(String answer, String mode) {
        return answer.strip() + "\n\n(" + mode + ")";
    }
}

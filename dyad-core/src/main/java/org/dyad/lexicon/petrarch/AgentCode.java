package org.dyad.lexicon.petrarch;

import java.util.Objects;

/**
 * The code of an agent, written with a {@code ~} that stands for the code of the actor the agent
 * belongs to: {@code [~GOV]} follows it (an Israeli minister is ISRGOV), {@code [NGO~]} precedes it
 * (an Israeli human-rights body is NGOISR). {@code code} is without the {@code ~}.
 */
public record AgentCode(String code, boolean beforeActor) {

    public AgentCode {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || !code.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("an agent code is letters and digits: '" + code + "'");
        }
    }

    /** The code as a dictionary writes it, e.g. {@code ~GOV} or {@code NGO~}. */
    public String raw() {
        return beforeActor ? code + "~" : "~" + code;
    }

    static AgentCode parse(String inside) throws MalformedLine {
        String text = inside.strip();
        boolean before = text.endsWith("~") && !text.startsWith("~");
        String code = before ? text.substring(0, text.length() - 1) : text.startsWith("~") ? text.substring(1) : "";
        if (code.isEmpty() || !code.chars().allMatch(Character::isLetterOrDigit)) {
            throw new MalformedLine("unreadable agent code [" + inside + "]: write [~CODE] or [CODE~]");
        }
        return new AgentCode(code, before);
    }
}

package org.dyad.eval;

/** What identifies an event when scoring: its source and target codes and its CAMEO code. */
public record EventKey(String source, String target, String code) {

    public String root() {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    public EventKey atRoot() {
        return new EventKey(source, target, root());
    }

    @Override
    public String toString() {
        return source + " " + target + " " + code;
    }
}

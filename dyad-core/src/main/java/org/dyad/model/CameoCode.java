package org.dyad.model;

import java.util.regex.Pattern;

/**
 * An event code: a CAMEO code (two-digit root "14", three-digit code "141" or four-digit sub-code
 * "1411"), or a code a user's PETRARCH dictionaries define outside CAMEO ("345", "174L"), which keeps
 * the same shape: two digits of root, then up to two digits or letters.
 */
public record CameoCode(String value) {

    private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");
    private static final Pattern ANY = Pattern.compile("[0-9]{2}[0-9A-Z]{0,2}");

    public CameoCode {
        if (value == null || !ANY.matcher(value).matches()) {
            throw new IllegalArgumentException("not an event code: " + value);
        }
    }

    /** Whether the value has the shape of a CAMEO code (root 01 to 20). */
    public static boolean isValid(String value) {
        return value != null && CAMEO.matcher(value).matches();
    }

    /** Whether the value can be an event code at all, in CAMEO or in a dictionary's own extension. */
    public static boolean isCode(String value) {
        return value != null && ANY.matcher(value).matches();
    }

    public String root() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}

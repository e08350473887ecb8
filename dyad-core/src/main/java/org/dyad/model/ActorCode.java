package org.dyad.model;

import java.util.regex.Pattern;

/**
 * A CAMEO actor code: a three-letter country (ISO 3166-1 alpha-3) followed by role codes
 * ("BLRGOV", "RUSMIL", "BLR"), or an organisation code ("IGOUNO", "NGOAMN").
 */
public record ActorCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}([A-Z]{3}){0,3}");

    public ActorCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO actor code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The country part, or null for an organisation code. */
    public String country() {
        String first = value.substring(0, 3);
        return isOrganisation() ? null : first;
    }

    /** The first role after the country ("GOV" in "BLRGOV"), the organisation kind for IGO/NGO codes, or null. */
    public String role() {
        if (isOrganisation()) {
            return value.substring(0, 3);
        }
        return value.length() >= 6 ? value.substring(3, 6) : null;
    }

    public boolean isOrganisation() {
        return value.startsWith("IGO") || value.startsWith("NGO") || value.startsWith("MNC");
    }

    public ActorCode withRole(String role) {
        String country = country();
        return country == null ? this : new ActorCode(country + role);
    }

    @Override
    public String toString() {
        return value;
    }
}

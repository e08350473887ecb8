package org.dyad.model;

import java.util.regex.Pattern;

/** A CAMEO event code: two-digit root ("14"), three-digit code ("141") or four-digit sub-code ("1411"). */
public record CameoCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

    public CameoCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO event code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public String root() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}

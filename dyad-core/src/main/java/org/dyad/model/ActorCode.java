package org.dyad.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code: a three-letter country (ISO 3166-1 alpha-3) followed by role codes
 * ("BLRGOV", "RUSMIL", "BLR"), a region of the CAMEO actor codebook in the country's place ("WST"
 * the West, "EURGOV" European governments), or an organisation code ("IGOUNO", "NGOAMN"). Dictionaries that
 * researchers bring may hold older or private codes (TABARI's "PALPL", "G77", a group "FRO/BIL/SAM",
 * the placeholder "+++"): those are kept as written, with no country or role read into them.
 */
public record ActorCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{3}([A-Z]{3}){0,3}");
    /**
     * The CAMEO actor codebook's regions: they stand where a country would and take roles as one does,
     * but no ISO code is one of them and none is a country.
     */
    private static final Set<String> REGIONS = Set.of("AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB",
            "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
            "SEA", "WAF", "WST");
    private static final Pattern GIVEN = Pattern.compile("[A-Z0-9]{2,15}(/[A-Z0-9]{2,15}){0,5}|---([A-Z]{3}){0,3}|\\+\\+\\+");

    /**
     * PETRARCH's "no actor" ("---"), the target of a one-sided event when a validation file or a
     * researcher turns {@code require_dyad} off; "---GOV" is an agent whose country is not given.
     */
    public static final ActorCode NONE = new ActorCode("---");

    public ActorCode {
        if (value == null || !GIVEN.matcher(value).matches()) {
            throw new IllegalArgumentException("not an actor code: " + value);
        }
    }

    /** Whether a code has CAMEO's shape: three letters, then up to three more blocks of three. */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** Whether a code can be kept as given: letters and digits, "/" between the members of a group. */
    public static boolean isCode(String value) {
        return value != null && GIVEN.matcher(value).matches();
    }

    /** The country part, or null for an organisation, a region or a code outside CAMEO's shape. */
    public String country() {
        return isOrganisation() || isRegion() || !isValid(value) ? null : value.substring(0, 3);
    }

    /** The region part ("WST" in "WSTGOV"), or null when the code does not begin with a CAMEO region. */
    public String region() {
        return isRegion() ? value.substring(0, 3) : null;
    }

    /** Whether the code begins with a region of the CAMEO actor codebook (WST, EUR, AFR, MEA, …). */
    public boolean isRegion() {
        return isValid(value) && REGIONS.contains(value.substring(0, 3));
    }

    /** Whether {@code code} is one of the CAMEO actor codebook's region codes. */
    public static boolean isRegionCode(String code) {
        return REGIONS.contains(code);
    }

    /** The first role after the country ("GOV" in "BLRGOV"), the organisation kind for IGO/NGO codes, or null. */
    public String role() {
        if (isOrganisation()) {
            return value.substring(0, 3);
        }
        if (value.startsWith("---")) {
            return value.length() >= 6 ? value.substring(3, 6) : null;
        }
        return value.length() >= 6 && isValid(value) ? value.substring(3, 6) : null;
    }

    /** Whether no country is given: "---" (no actor at all) or "---GOV" (an agent of no known country). */
    public boolean isUnplaced() {
        return value.startsWith("---");
    }

    public boolean isOrganisation() {
        return value.startsWith("IGO") || value.startsWith("NGO") || value.startsWith("MNC");
    }

    public ActorCode withRole(String role) {
        String place = isRegion() ? region() : country();
        return place == null ? this : new ActorCode(place + role);
    }

    @Override
    public String toString() {
        return value;
    }
}

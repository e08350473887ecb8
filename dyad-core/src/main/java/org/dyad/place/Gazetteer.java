package org.dyad.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cities of gazetteer/cities.tsv, looked up by name with case and accents folded. The file is
 * sorted by population, so the first city of a name is the most populous one.
 */
public final class Gazetteer {

    private final Map<String, List<City>> byName = new HashMap<>();

    Gazetteer(InputStream tsv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                continue;
            }
            City city = new City(f[0], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]));
            byName.computeIfAbsent(key(f[0]), k -> new ArrayList<>()).add(city);
            for (String alt : f[1].split(";")) {
                if (!alt.isBlank()) {
                    byName.computeIfAbsent(key(alt), k -> new ArrayList<>()).add(city);
                }
            }
        }
    }

    public static Gazetteer bundled() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream("gazetteer/cities.tsv");
        if (in == null) {
            throw new IllegalStateException("gazetteer/cities.tsv is missing from the class path");
        }
        try (in) {
            return new Gazetteer(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cities of that name, most populous first. */
    public List<City> cities(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    public int size() {
        return byName.size();
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // "Washington, D.C." and "Washington DC", "St. Petersburg" and "St Petersburg" are one name.
        return folded.toLowerCase(Locale.ROOT).replace(".", "").replace(",", " ").replaceAll("\\s+", " ").strip();
    }
}

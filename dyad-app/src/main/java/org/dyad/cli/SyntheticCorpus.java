package org.dyad.cli;

import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Attribution;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mode;
import org.dyad.pipeline.ArticleResult;
import org.dyad.pipeline.StageTimes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up articles and events shaped like a news archive, for the store benchmark: ~250 countries
 * with a long-tailed share of the news, the usual roles, CAMEO roots weighted as in event datasets
 * (statements and consultations common, mass violence rare), dates spread over ten years.
 */
final class SyntheticCorpus {

    static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    static final int DAYS = 3653;

    private static final String[] ROLES = {"", "", "GOV", "GOV", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "MED", "BUS", "EDU"};
    // Relative frequency of roots 01..20 (statements, appeals, intents, consults and cooperation dominate).
    private static final int[] ROOT_WEIGHT = {180, 40, 60, 160, 60, 20, 25, 20, 8, 20, 25, 22, 12, 15, 8, 10, 20, 22, 25, 2};
    private static final String[] WORDS = ("talks summit sanctions border ceasefire election protest troops aid embargo"
            + " treaty minister parliament court strike drone missile refugees harbour pipeline grain vote opposition"
            + " ambassador visit accord mediation inquiry arrest rally blockade").split(" ");

    private final List<String> countries;
    private final double[] countryCumulative;
    private final int[] rootCumulative;
    private final Random random;

    SyntheticCorpus(long seed) {
        this.random = new Random(seed);
        List<String> codes = new ArrayList<>();
        for (String iso2 : Locale.getISOCountries()) {
            String iso3 = new Locale("", iso2).getISO3Country();
            if (iso3.length() == 3 && !iso3.startsWith("IGO") && !iso3.startsWith("NGO") && !iso3.startsWith("MNC")) {
                codes.add(iso3.toUpperCase(Locale.ROOT));
            }
        }
        // A fixed shuffled order so the long tail does not follow the alphabet.
        java.util.Collections.shuffle(codes, new Random(7));
        this.countries = List.copyOf(codes);
        this.countryCumulative = new double[countries.size()];
        double sum = 0;
        for (int i = 0; i < countries.size(); i++) {
            sum += 1.0 / Math.pow(i + 1, 1.1);
            countryCumulative[i] = sum;
        }
        for (int i = 0; i < countryCumulative.length; i++) {
            countryCumulative[i] /= sum;
        }
        rootCumulative = new int[ROOT_WEIGHT.length];
        int total = 0;
        for (int i = 0; i < ROOT_WEIGHT.length; i++) {
            total += ROOT_WEIGHT[i];
            rootCumulative[i] = total;
        }
    }

    List<String> countries() {
        return countries;
    }

    /** The i-th most reported country. */
    String country(int rank) {
        return countries.get(rank);
    }

    /** The made-up name a country goes by in the synthetic texts. */
    static String nameOf(String iso3) {
        return name(iso3);
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /**
     * Article n of {@code total}: published in order over the ten years, as an archive or a crawler
     * delivers them (DuckDB's per-block min/max of the day column then skips most of a date-bounded scan).
     */
    ArticleResult article(int n, int total, int events) {
        LocalDate published = FIRST.plusDays(Math.min(DAYS - 1, (long) n * DAYS / total + random.nextInt(3)));
        String a = pickCountry();
        String b = pickCountry();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 4; s++) {
            text.append(name(a)).append(' ').append(word()).append(' ').append(word()).append(" with ").append(name(b))
                    .append(" over ").append(word()).append(' ').append(word()).append(". ");
        }
        Article article = new Article("syn" + n, "https://synthetic.example/" + n, "synthetic", "Synthetic " + n + ": " + word() + " " + name(a),
                "Synthetic Wire", published, text.toString());
        List<Event> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            // Most events of an article concern its two countries; some bring in a third.
            String src = random.nextInt(4) == 0 ? pickCountry() : (i % 2 == 0 ? a : b);
            String tgt = random.nextInt(4) == 0 ? pickCountry() : (i % 2 == 0 ? b : a);
            int root = pickRoot();
            String cameo = String.format("%02d%d", root, random.nextInt(6));
            LocalDate day = published.minusDays(random.nextInt(3));
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Mode mode = random.nextInt(10) == 0 ? Mode.values()[1 + random.nextInt(3)] : Mode.ASSERTED;
            List<Attribution> chain = random.nextInt(3) == 0 ? List.of(new Attribution("Synthetic Wire", "MED", false, false)) : List.of();
            Location loc = random.nextInt(2) == 0 ? new Location("Capital of " + src, src, random.nextDouble() * 120 - 60, random.nextDouble() * 340 - 170) : null;
            list.add(new Event("syn" + n + "-" + i, article.id(), article.url(), article.input(), i, new EventDate(day.toString(), "text"),
                    actor(src), actor(tgt), new CameoCode(cameo), quad, 10.0 - root, "PLOVER" + root, mode, loc, chain,
                    "Sentence " + i + " of article " + n + ".", 0.5 + random.nextDouble() / 2, word(), "synthetic"));
        }
        return new ArticleResult(new AnnotatedArticle(article, List.of()), List.of(), list, List.of(), new StageTimes(0, 0, 0, 0));
    }

    private Actor actor(String country) {
        String role = ROLES[random.nextInt(ROLES.length)];
        return new Actor(new ActorCode(country + role), name(country) + (role.isEmpty() ? "" : " " + role.toLowerCase(Locale.ROOT)), country, null);
    }

    private static String name(String iso3) {
        return "Land" + iso3.charAt(0) + iso3.substring(1).toLowerCase(Locale.ROOT);
    }

    private String pickCountry() {
        int i = Arrays.binarySearch(countryCumulative, random.nextDouble());
        return countries.get(Math.min(countries.size() - 1, i < 0 ? -i - 1 : i));
    }

    private int pickRoot() {
        int r = random.nextInt(rootCumulative[rootCumulative.length - 1]);
        for (int i = 0; i < rootCumulative.length; i++) {
            if (r < rootCumulative[i]) {
                return i + 1;
            }
        }
        return 1;
    }
}

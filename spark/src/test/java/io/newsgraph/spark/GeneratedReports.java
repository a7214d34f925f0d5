package io.newsgraph.spark;

import java.util.Random;

/**
 * Dated, quoted news pages for the Spark tests: report i covers event i / 2 (two outlets per event, in
 * their own words around the same quote), and a syndicated copy (report i with {@code copy}) reprints
 * report i - 1 under another outlet's name and headline.
 */
final class GeneratedReports {
    private static final String[] OUTLETS = {"Example Times", "Daily Sample", "The Placeholder Post", "Model Herald"};
    private static final String[] PEOPLE = {"Maria Keller", "Tomas Brandt", "Aiko Tanaka", "Samuel Osei", "Lena Novak", "Omar Haddad"};

    private GeneratedReports() {}

    static String page(int i, boolean copy) {
        int source = copy && i > 0 ? i - 1 : i;
        int event = source / 2;
        String person = PEOPLE[event % PEOPLE.length];
        String outlet = OUTLETS[i % OUTLETS.length];
        String body = "<p>" + person + " said on Monday that " + prose(new Random(source), 45) + ".</p>"
                + "<p>\"" + prose(new Random(1000L + event), 20) + ",\" " + person + " told reporters.</p>"
                + "<p>" + prose(new Random(2000L + source), 45) + ".</p>";
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour plan " + event + (copy ? " (syndicated)" : "") + " | " + outlet
                + "</title><meta property=\"og:site_name\" content=\"" + outlet + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-" + String.format("%02d", 1 + event) + "T09:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Harbour plan " + event + ": " + (copy ? "copy of " : "")
                + "decision</h1>" + body + "</article><footer>© " + outlet + "</footer></body></html>";
    }

    private static final String[] WORDS = ("harbour council budget fishermen road bridge school hospital tax river port rail"
            + " farmers festival museum election vote court ferry housing water storm drought wages union strike airport"
            + " library tram tunnel market forest coast mine factory clinic police park stadium canal energy wind solar"
            + " grain bakery orchestra theatre castle island valley harbourmaster mayor minister senator engineer doctor").split(" ");

    /** Sentence-like text of {@code n} words drawn by {@code random}: pages of different seeds share few word runs. */
    private static String prose(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return out.toString();
    }

    /** How many syndicated copies are among reports 0 to {@code n} - 1 (report i copies report i - 1 when i % 4 == 0). */
    static int copies(int n) {
        int copies = 0;
        for (int i = 1; i < n; i++) if (i % 4 == 0) copies++;
        return copies;
    }
}

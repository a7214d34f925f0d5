package io.newsgraph.eval;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Generated news pages for ingest benchmarks: realistic in what costs — a page of 12–50 KB with navigation,
 * menus, "Most Read" and "Related" blocks, cookie banners, inline scripts and footers around an article of
 * 4–14 paragraphs with direct and reported quotes — and varied, so no two pages share a body and the
 * extractor cannot learn one template: six layouts (semantic {@code <article>}, nested {@code div}s,
 * tables, a live-blog list, AMP-like, a CMS with classes only), twelve outlets with their own boilerplate,
 * and one page in five in French, German or Spanish. Deterministic: page {@code i} is always the same.
 */
public final class SyntheticNewsSite {
    private static final String[] OUTLETS = {"Harbour Gazette", "Northern Ledger", "Daily Meridian", "The Civic Post",
            "Valley Courier", "Coastal Times", "Metro Dispatch", "The Morning Signal", "Capital Observer", "Riverside Record",
            "Evening Standardbearer", "The Plains Tribune"};
    private static final String[] FIRST = {"Maria", "Tomas", "Aiko", "Samuel", "Lena", "Omar", "Priya", "Jonas", "Fatima",
            "Daniel", "Sofia", "Kwame", "Elena", "Mateo", "Hana", "Viktor"};
    private static final String[] LAST = {"Keller", "Brandt", "Tanaka", "Osei", "Novak", "Haddad", "Raman", "Lindqvist",
            "Benali", "Moreau", "Castillo", "Mensah", "Petrova", "Alvarez", "Sato", "Horvat"};
    private static final String[] ROLES = {"the mayor", "the finance minister", "a spokesperson for the council", "the union leader",
            "the chief executive", "the health commissioner", "an opposition lawmaker", "the police chief"};
    private static final String[] ORGS = {"the city council", "the port authority", "the transport union", "the regional government",
            "the central bank", "the hospital trust", "the chamber of commerce", "the water board"};
    private static final String[] EN = ("plan budget vote harbour rail bridge school hospital tax river wages strike airport tram"
            + " tunnel market forest coast factory clinic police park energy wind solar grain housing court ferry storm drought"
            + " contract tender audit report inquiry reform deadline subsidy pension contract license permit").split(" ");
    private static final String[] VERBS = ("approved rejected delayed announced criticised defended proposed funded reviewed"
            + " expanded suspended cancelled").split(" ");
    private static final String[][] OTHER = {
            {"fr", "le conseil a voté la réforme du port et les pêcheurs ont protesté contre le budget de la ville pendant la séance"},
            {"de", "der Stadtrat hat den Haushalt beschlossen und die Gewerkschaft kritisierte die Pläne für den Hafen und die Bahn"},
            {"es", "el ayuntamiento aprobó el presupuesto y los sindicatos criticaron el plan del puerto durante la sesión de ayer"}};

    private SyntheticNewsSite() {}

    /** The URL of page {@code i}. */
    public static String url(int i) {
        return "https://" + host(i % OUTLETS.length) + "/news/" + date(i) + "/story-" + i;
    }

    /** Page {@code i}'s HTML. */
    public static String page(int i) {
        Random r = new Random(0x5eed0000L + i);
        int outlet = i % OUTLETS.length;
        String lang = r.nextInt(5) == 0 ? OTHER[r.nextInt(OTHER.length)][0] : "en";
        String title = lang.equals("en") ? capitalise(words(r, 6 + r.nextInt(6))) : capitalise(otherWords(r, lang, 8));
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + r.nextInt(11);
        for (int p = 0; p < paragraphs; p++) body.append("<p>").append(lang.equals("en") ? paragraph(r) : otherWords(r, lang, 40)).append("</p>\n");
        String author = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        return switch ((i / OUTLETS.length + outlet) % 6) {
            case 0 -> shell(r, outlet, lang, title, "<article><header><h1>" + title + "</h1><p class=\"byline\">By " + author
                    + "</p><time datetime=\"" + date(i) + "T08:30:00Z\">" + date(i) + "</time></header>" + body + "</article>", i);
            case 1 -> shell(r, outlet, lang, title, "<div id=\"content\"><div class=\"story\"><div class=\"headline\"><h1>" + title
                    + "</h1></div><div class=\"meta\">" + author + " | " + date(i) + "</div><div class=\"story-body\">" + body
                    + "</div></div></div>", i);
            case 2 -> shell(r, outlet, lang, title, "<table width=\"100%\"><tr><td class=\"main\"><h2>" + title + "</h2><font size=\"2\">"
                    + date(i) + " — " + author + "</font>" + body + "</td><td class=\"side\">" + teaser(r, 6) + "</td></tr></table>", i);
            case 3 -> shell(r, outlet, lang, title, "<main><h1>" + title + "</h1><span class=\"author\">" + author + "</span><ul class=\"live\">"
                    + body.toString().replace("<p>", "<li><p>").replace("</p>", "</p></li>") + "</ul></main>", i);
            case 4 -> shell(r, outlet, lang, title, "<div class=\"amp-wp-article\"><h1 class=\"amp-wp-title\">" + title
                    + "</h1><div class=\"amp-wp-meta\">" + author + "</div><div class=\"amp-wp-article-content\">" + body + "</div></div>", i);
            default -> shell(r, outlet, lang, title, "<div class=\"c-1\"><div class=\"c-2\"><div class=\"c-3 t\">" + title
                    + "</div><div class=\"c-4\">" + author + "</div><div class=\"c-5\"><div class=\"c-6\">" + body + "</div></div></div></div>", i);
        };
    }

    private static String shell(Random r, int outlet, String lang, String title, String main, int i) {
        String name = OUTLETS[outlet];
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + " | " + name + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + name + "\"><meta property=\"og:title\" content=\"" + title + "\">"
                + "<meta property=\"article:published_time\" content=\"" + date(i) + "T08:30:00Z\">"
                + "<link rel=\"canonical\" href=\"" + url(i) + "\"><style>body{font-family:serif}.nav li{display:inline}</style>"
                + "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
                + "var cfg={site:'" + host(outlet) + "',section:'news',ads:[" + r.nextInt(1000) + "," + r.nextInt(1000) + "]};</script>"
                + "</head><body><div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>"
                + "<header class=\"site\"><a href=\"/\" class=\"logo\">" + name + "</a><ul class=\"nav\">" + menu(r) + "</ul>"
                + "<div class=\"ticker\">Breaking: " + words(r, 8) + "</div></header>" + main
                + "<aside class=\"most-read\"><h3>Most Read</h3>" + teaser(r, 5) + "</aside>"
                + "<section class=\"related\"><h3>Related</h3>" + teaser(r, 4) + "</section>"
                + "<div class=\"newsletter\">Sign up for our newsletter <input type=\"email\"></div>"
                + "<footer><p>© " + (2020 + outlet % 5) + " " + name + ". All rights reserved.</p><ul>" + menu(r) + "</ul></footer>"
                + "<script type=\"application/json\" id=\"state\">" + state(r) + "</script></body></html>";
    }

    /** The inline state blob most news pages carry (hydration data, ad slots): 8–40 KB the parser must skip. */
    private static String state(Random r) {
        int size = 8_000 + r.nextInt(32_000);
        StringBuilder out = new StringBuilder(size + 64).append("{\"items\":[");
        while (out.length() < size) {
            out.append("{\"id\":").append(r.nextInt(1_000_000)).append(",\"slot\":\"").append(EN[r.nextInt(EN.length)])
                    .append("\",\"w\":").append(r.nextInt(1000)).append("},");
        }
        return out.append("{}]}").toString();
    }

    private static String paragraph(Random r) {
        String person = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        return switch (r.nextInt(4)) {
            case 0 -> "\"" + capitalise(words(r, 12 + r.nextInt(10))) + ",\" said " + person + ", " + ROLES[r.nextInt(ROLES.length)] + ".";
            case 1 -> person + ", " + ROLES[r.nextInt(ROLES.length)] + ", said that " + ORGS[r.nextInt(ORGS.length)] + " had "
                    + VERBS[r.nextInt(VERBS.length)] + " the " + words(r, 10) + ".";
            default -> capitalise(ORGS[r.nextInt(ORGS.length)]) + " " + VERBS[r.nextInt(VERBS.length)] + " the " + words(r, 14)
                    + " on " + LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28)).getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                    + ", and " + words(r, 12) + ".";
        };
    }

    private static String menu(Random r) {
        StringBuilder out = new StringBuilder();
        for (String s : new String[] {"Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion"}) {
            out.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
        }
        return out.toString();
    }

    private static String teaser(Random r, int n) {
        StringBuilder out = new StringBuilder("<ul>");
        for (int k = 0; k < n; k++) out.append("<li><a href=\"/news/").append(r.nextInt(99999)).append("\">").append(capitalise(words(r, 7))).append("</a></li>");
        return out.append("</ul>").toString();
    }

    private static String words(Random r, int n) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) out.append(k == 0 ? "" : " ").append(EN[r.nextInt(EN.length)]);
        return out.toString();
    }

    private static String otherWords(Random r, String lang, int n) {
        String[] bank = java.util.Arrays.stream(OTHER).filter(o -> o[0].equals(lang)).findFirst().orElseThrow()[1].split(" ");
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) out.append(k == 0 ? "" : " ").append(bank[r.nextInt(bank.length)]);
        return out.append('.').toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String host(int outlet) {
        return OUTLETS[outlet].toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-') + ".example";
    }

    private static String date(int i) {
        return LocalDate.of(2024, 1, 1).plusDays(i / 300).toString();
    }
}

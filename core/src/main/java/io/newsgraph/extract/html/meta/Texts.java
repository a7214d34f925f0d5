package io.newsgraph.extract.html.meta;

/** Small string helpers shared by the readers of this package. */
final class Texts {
    private Texts() {}

    /** Collapses all whitespace (including no-break spaces) to single spaces and strips; null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replace('\u00a0', ' ').replace('\u200b', ' ').replaceAll("\\s+", " ").strip();
        return c.isEmpty() ? null : c;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            String c = clean(v);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

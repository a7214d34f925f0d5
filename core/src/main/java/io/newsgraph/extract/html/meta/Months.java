package io.newsgraph.extract.html.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names in the languages the pages are mostly in (en, de, fr, es, it, pt, nl, pl, sv; the
 * genitive forms of ru and uk), so
 * that datelines such as "23. Juli 2017" or "3 de agosto de 2015" can be read and names can be told
 * from dates ("Poppy Reid Feb 21").
 */
final class Months {
    private Months() {}

    private static final String[][] NAMES = {
        {"january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "styczeń", "jan", "jän", "января", "січня"},
        {"february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego", "luty", "feb", "febr", "февраля", "лютого"},
        {"march", "märz", "maerz", "mars", "marzo", "março", "maart", "marca", "marzec", "mar", "mär", "mrz", "марта", "березня"},
        {"april", "avril", "abril", "aprile", "kwietnia", "kwiecień", "apr", "avr", "апреля", "квітня"},
        {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj", "мая", "травня"},
        {"june", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "jun", "июня", "червня"},
        {"july", "juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "jul", "juil", "июля", "липня"},
        {"august", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień", "aug", "ago", "augusti", "августа", "серпня"},
        {"september", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesień", "sep", "sept", "set", "сентября", "вересня"},
        {"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "października", "październik", "oct", "okt", "октября", "жовтня"},
        {"november", "novembre", "noviembre", "novembro", "listopada", "listopad", "nov", "ноября", "листопада"},
        {"december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień", "dec", "dez", "déc", "декабря", "грудня"},
    };
    private static final Map<String, Integer> NUMBER = new HashMap<>();
    /** Alternation of all names, longest first so "juni" wins over "jun". */
    static final String PATTERN;

    static {
        StringBuilder alt = new StringBuilder();
        java.util.List<String> all = new java.util.ArrayList<>();
        for (int m = 0; m < NAMES.length; m++) {
            for (String n : NAMES[m]) {
                NUMBER.put(n, m + 1);
                all.add(n);
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        for (String n : all) {
            alt.append(alt.length() == 0 ? "" : "|").append(n);
        }
        PATTERN = "(" + alt + ")";
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi",
            "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /** The month number of a name, or 0. */
    static int number(String name) {
        return NUMBER.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    static boolean isMonthOrWeekday(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,:]$", "");
        return NUMBER.containsKey(w) || WEEKDAYS.contains(w);
    }
}

package io.newsgraph.extract.html.meta;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the holder of a copyright notice ("© 2019 Jane Roe", "Copyright (c) 2012- Jane Roe. All rights
 * reserved."). On personal pages and blogs the holder is the author; it is the last source of an author
 * name, and only when it is a person-like name, not the site.
 */
final class Copyright {
    private Copyright() {}

    private static final Pattern NOTICE = Pattern.compile(
            "(?:©|\\(c\\)|&copy;|copyright)\\s*(?:\\(c\\)|©)?\\s*(?:(?:19|20)\\d{2}\\s*(?:[-–]\\s*(?:(?:19|20)\\d{2})?)?\\s*)?"
                    + "(?:by\\s+)?([\\p{L}][\\p{L}.'’-]*(?:\\s+[\\p{L}][\\p{L}.'’-]*){0,3})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LENGTH = 200;
    private static final Set<String> NOTICE_TAGS = Set.of("p", "div", "span", "small", "li", "footer");

    static Optional<String> holder(Document doc, PageZones zones, List<String> siteNames) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : zones.elements(NOTICE_TAGS)) {
            String own = zones.ownText(e);
            if (own == null || own.length() > MAX_LENGTH || !mayHoldNotice(own)) {
                continue;
            }
            Matcher m = NOTICE.matcher(own);
            if (!m.find()) {
                continue;
            }
            List<String> names = AuthorNames.split(m.group(1));
            if (names.size() == 1 && isPersonLike(names.get(0)) && !TitleCleaner.isSite(names.get(0), keys(siteNames))) {
                return Optional.of(names.get(0));
            }
        }
        return Optional.empty();
    }

    /** A quick test that {@link #NOTICE} may match: a copyright sign, a bracket, an entity, or the word. */
    private static boolean mayHoldNotice(String text) {
        if (text.indexOf('©') >= 0 || text.indexOf('(') >= 0 || text.indexOf('&') >= 0) {
            return true;
        }
        for (int i = 0; i + 9 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** Two to four capitalised words and no company word: "Jane Roe", not "Example Media GmbH". */
    static boolean isPersonLike(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4 || COMPANY.matcher(name).find()) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern COMPANY = Pattern.compile("(?i)\\b(?:gmbh|ag|se|kg|ltd|inc|llc|plc|corp|co|group|"
            + "gruppe|media|medien|verlag|holdings?|rights|reserved|rechte|corporation|company|gesellschaft|verein|"
            + "e\\.v|stiftung|foundation|university|universität|news|online|press|presse|magazin|magazine)\\b");

    private static List<String> keys(List<String> siteNames) {
        return siteNames.stream().map(TitleCleaner::key).filter(k -> k != null && k.length() >= 2).toList();
    }
}

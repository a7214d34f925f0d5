package io.newsgraph.extract.text;

import io.newsgraph.extract.date.DateReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads headline, byline, credited source, date, standfirst, outlet and header tags from the lines
 * above the body, by position: the headline sits just above the byline/date block (or is the last
 * headline-like line before the body), the standfirst is prose between headline and body. Stateless.
 */
final class HeaderReader {

    /** "News ID: 126194": a label and a number, not a headline. */
    private static final Pattern LABELLED_NUMBER = Pattern.compile("^[^:]{1,25}:\\s*[\\d\\s/#.-]+$");
    /** The agency after a byline: "By Jane Doe | Reuters", "By Jane Doe - AFP". */
    private static final Pattern BYLINE_AGENCY = Pattern.compile("\\s+[|\u2013\u2014-]\\s+|,\\s+(?=\\p{Lu}\\p{Lu})");

    Header read(List<Line> lines, List<LineKind> kinds, BodyRange body) {
        int end = body.isEmpty() ? lines.size() : body.first();
        int lastMeta = -1;
        for (int i = 0; i < end; i++) {
            if (isMeta(kinds.get(i))) {
                lastMeta = i;
            }
        }
        int clusterFirst = lastMeta;
        for (int i = lastMeta - 1; i >= 0 && (isMeta(kinds.get(i)) || kinds.get(i) == LineKind.BLANK); i--) {
            if (isMeta(kinds.get(i))) {
                clusterFirst = i;
            }
        }
        int title = titleLine(lines, kinds, end, lastMeta, clusterFirst);
        String[] byline = byline(lines, kinds, end);
        String credited = firstValue(lines, kinds, end, LineKind.SOURCE, Boilerplate.SOURCE);
        if (credited == null) {
            credited = byline[1];
        }
        if (credited == null && !body.isEmpty()) {
            Matcher d = Boilerplate.DATELINE.matcher(lines.get(body.first()).text());
            credited = d.find() ? d.group(1).strip() : null;
        }
        return new Header(
                OutletFinder.find(lines, kinds, title),
                title >= 0 ? lines.get(title).text() : null,
                title,
                byline[0],
                credited,
                published(lines, kinds, body, end, title),
                dek(lines, kinds, title >= 0 ? title : lastMeta, end),
                headerTags(lines, kinds, end));
    }

    private static boolean isMeta(LineKind k) {
        return switch (k) {
            case BYLINE, SOURCE, DATE, PAGE_WIDGET, TAG_LINE -> true;
            default -> false;
        };
    }

    /**
     * The headline: a headline-like line between the byline/date block and the body ("Publish Date"
     * above the headline), else the nearest one above that block, else the nearest one above the body.
     */
    private static int titleLine(List<Line> lines, List<LineKind> kinds, int end, int lastMeta, int clusterFirst) {
        if (lastMeta >= 0) {
            for (int i = lastMeta + 1; i < end; i++) {
                if (isHeadlineCandidate(lines.get(i), kinds.get(i))) {
                    return i;
                }
            }
            for (int i = clusterFirst - 1; i >= 0; i--) {
                if (isHeadlineCandidate(lines.get(i), kinds.get(i))) {
                    return i;
                }
                if (kinds.get(i).barrier()) {
                    break;
                }
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            if (isHeadlineCandidate(lines.get(i), kinds.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeadlineCandidate(Line line, LineKind kind) {
        return kind == LineKind.SHORT && !line.bullet() && line.words() >= 2 && !line.text().endsWith(".")
                && !LABELLED_NUMBER.matcher(line.text()).matches();
    }

    /** {byline, agency}: "By Jane Doe | Reuters" gives {"Jane Doe", "Reuters"}. */
    private static String[] byline(List<Line> lines, List<LineKind> kinds, int end) {
        String value = firstValue(lines, kinds, end, LineKind.BYLINE, Boilerplate.BYLINE);
        if (value == null) {
            return new String[] {null, null};
        }
        String[] parts = BYLINE_AGENCY.split(value, 2);
        return parts.length == 2 ? new String[] {parts[0].strip(), parts[1].strip()} : new String[] {value, null};
    }

    private static String firstValue(List<Line> lines, List<LineKind> kinds, int end, LineKind kind, Pattern p) {
        for (int i = 0; i < end; i++) {
            if (kinds.get(i) == kind) {
                Matcher m = p.matcher(lines.get(i).text());
                if (m.matches()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /**
     * The date line nearest the headline; else the first date printed anywhere above the body; else,
     * for a letter or statement with no publication date, a date line inside the body.
     */
    private static String published(List<Line> lines, List<LineKind> kinds, BodyRange body, int end, int title) {
        int best = -1;
        for (int i = 0; i < end; i++) {
            if (kinds.get(i) == LineKind.DATE
                    && (best < 0 || title >= 0 && Math.abs(i - title) < Math.abs(best - title))) {
                best = i;
            }
        }
        if (best >= 0) {
            return DateReader.find(lines.get(best).text(), null).orElse(null);
        }
        for (int i = 0; i < end; i++) {
            if (kinds.get(i) == LineKind.SHORT || kinds.get(i) == LineKind.TAG_LINE) {
                Optional<String> d = DateReader.find(lines.get(i).text(), null);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        for (int i = Math.max(0, body.first()); i <= body.last(); i++) {
            if (kinds.get(i) == LineKind.DATE) {
                return DateReader.find(lines.get(i).text(), null).orElse(null);
            }
        }
        return null;
    }

    /**
     * The standfirst: the first prose line after the headline (above or below the byline block) and
     * above the body. A standfirst printed flush against the body, with nothing between, is read as
     * the body's first paragraph instead.
     */
    private static String dek(List<Line> lines, List<LineKind> kinds, int after, int end) {
        if (after < 0) {
            return null;
        }
        for (int i = after + 1; i < end; i++) {
            if (kinds.get(i) == LineKind.PROSE && !lines.get(i).bullet()) {
                return lines.get(i).text();
            }
        }
        return null;
    }

    private static List<String> headerTags(List<Line> lines, List<LineKind> kinds, int end) {
        for (int i = 0; i < end; i++) {
            if (kinds.get(i) == LineKind.TAG_LINE) {
                return TagLines.tags(lines.get(i).text());
            }
        }
        return List.of();
    }
}

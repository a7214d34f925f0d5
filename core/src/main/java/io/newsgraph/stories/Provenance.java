package io.newsgraph.stories;

import java.time.Duration;
import java.util.List;

/**
 * How one story travelled, immutable: what its articles say about where the words come from, the first
 * outlet to report it, each later report with its lag behind the first, and the statements outlets share,
 * wording side by side.
 *
 * @param origins  origins stated by the articles, earliest article first
 * @param first    the first report
 * @param later    every later report, in publication order
 * @param aligned  statements shared across outlets, earlier outlet first
 */
public record Provenance(List<Origin> origins, Report first, List<Report> later, List<AlignedStatement> aligned) {

    /** One report of the story: which article, which outlet, and how long after the first report. */
    public record Report(String articleId, String outlet, java.time.LocalDateTime published, Duration lag) {}

    public Provenance {
        origins = List.copyOf(origins);
        later = List.copyOf(later);
        aligned = List.copyOf(aligned);
    }
}

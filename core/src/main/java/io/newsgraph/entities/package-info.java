/**
 * Mentions of persons, organizations and places, name keys that survive transliteration and spelling,
 * and cross-document resolution of mentions into entities. May import {@code extract} and {@code nlp};
 * must not import {@code quotes} or {@code store}.
 *
 * <h2>Stages</h2>
 * <ul>
 *   <li>{@link io.newsgraph.entities.MentionFinder} — per document, a pure function of the article (runs
 *   in the worker pool like extraction): {@code nlp.NameChunker} chunks split at role titles
 *   ({@code ChunkSplitter}), typed by their own words (organization heads, acronyms, a small gazetteer of
 *   states, honorifics, two proper nouns for a person) and then by the article, which also binds every
 *   short form to its full form: a surname to the full name ending in it, an acronym to the long form the
 *   text defines ("Long Form (ACR)", {@code AcronymDefinitions}) or whose initials it is, "Islamic Jihad"
 *   to the longer organization name ending in it. Offsets point into the body or into one embed.</li>
 *   <li>{@link io.newsgraph.entities.NameKeys} — normal spelling (ICU to ASCII, q/gh→k, th→t, ou→u, -ah/-eh→-a,
 *   doubled letters single), consonant skeletons, vowel agreement ("o"="u", a lone "e" = "a" or "i"),
 *   near words (edit distance 1, 2 for long words), organization keys without generic heads
 *   ("movement") and with Arabic heads read in English ("Saraya" = "Brigades"), acronyms of long forms.</li>
 *   <li>{@link io.newsgraph.entities.EntityResolver} — cross-document, incremental and in memory: an
 *   article's mentions are grouped by referent ({@code MentionGroup}) and each group reads only the
 *   entities filed under its own block keys ({@code PersonBlocks}, {@code NamedBlocks}, {@code Postings}).
 *   A match through an ambiguous "e" needs one shared organization or place; a misspelling needs two.
 *   Types never mix; a movement and its armed wing have different keys. A surname-only or acronym-only
 *   entity joins its full form when that arrives, and a misspelling that came first joins the right
 *   spelling later, so ingest order matters little; a rebuild in the same order gives the same ids.</li>
 * </ul>
 *
 * <h2>Figures (2 shared cores, JDK 17)</h2>
 * <ul>
 *   <li>Seeds ({@code SeedEntitiesTest}, scored as {@code score_seeds.py entities}): merged 1.000,
 *   apart 1.000, stretch 1.000.</li>
 *   <li>{@code SyntheticNamesTest}: 2,400 persons (up to 46 sharing a surname), 4,788 articles,
 *   pairwise precision 0.996, recall 0.991.</li>
 *   <li>{@link io.newsgraph.entities.ResolutionBench}: about 0.3 s to resolve 1,000 new articles with
 *   100,000 stored (≈ 67,000 entities, pairwise P 0.990 R 0.992 at that size, 0.7 GB heap).</li>
 * </ul>
 *
 * <h2>Persistence and corrections</h2>
 * The resolver keeps its index in memory; {@link io.newsgraph.entities.EntityResolver#takeChanged} gives
 * the entities changed since the last call as {@link io.newsgraph.entities.SavedEntity} records for a
 * store to save, and {@link io.newsgraph.entities.EntityResolver#restore} goes on from them. Users'
 * corrections are {@code merge} (a union) and {@code createApart} (an entity no rule matches, for a
 * split). {@code pipeline.EntityStage} drives all of it against the store.
 */
package io.newsgraph.entities;

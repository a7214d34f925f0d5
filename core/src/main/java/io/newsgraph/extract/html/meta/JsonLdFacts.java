package io.newsgraph.extract.html.meta;

import java.util.List;

/**
 * What the page's JSON-LD says about its main item. Immutable; fields may be null or empty.
 *
 * @param headline      headline or name of the article item
 * @param people        author names typed as a person (or untyped)
 * @param organisations author names typed as an organisation; used only when no person is named
 * @param publisher     the publisher's name
 * @param published     datePublished (or dateCreated) as written
 * @param modified      dateModified as written
 * @param keywords      keywords, split when given as one string
 * @param image         the first image URL
 * @param url           the item's url
 * @param language      inLanguage
 * @param description   description
 * @param articleBody   articleBody: the text itself, kept for pages that render it with scripts
 * @param fromArticle   true when the facts come from an article type, false for a plain WebPage
 */
record JsonLdFacts(
        String headline,
        List<String> people,
        List<String> organisations,
        String publisher,
        String published,
        String modified,
        List<String> keywords,
        String image,
        String url,
        String language,
        String description,
        String articleBody,
        boolean fromArticle) {

    static final JsonLdFacts NONE =
            new JsonLdFacts(null, List.of(), List.of(), null, null, null, List.of(), null, null, null, null, null, false);

    JsonLdFacts {
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        keywords = List.copyOf(keywords);
    }
}

package io.newsgraph.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** {@link HtmlMetadata} on small hand-made pages, one rule each. */
class HtmlMetadataTest {

    private static ArticleMetadata read(String html, String url) {
        return HtmlMetadata.read(Jsoup.parse(html, url), url);
    }

    @Test
    void readsAuthorArrayFromJsonLdGraph() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example Daily"},
                  {"@type":"NewsArticle","headline":"Rates rise again",
                   "author":[{"@type":"Person","name":"Jane Roe"},{"@id":"#john"}],
                   "publisher":{"@type":"Organization","name":"Example Daily"},
                   "datePublished":"2023-07-24T10:15:00+02:00","dateModified":"2023-07-25T08:00:00+02:00",
                   "keywords":"economy, rates"},
                  {"@type":"Person","@id":"#john","name":"John Doe"}]}
                </script></head><body><p>Text.</p></body></html>""";
        ArticleMetadata m = read(html, "https://example.com/news/rates");
        assertThat(m.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(m.outlet()).isEqualTo("Example Daily");
        assertThat(m.published()).isEqualTo("2023-07-24T10:15");
        assertThat(m.modified()).isEqualTo("2023-07-25T08:00");
        assertThat(m.tags()).containsExactly("economy", "rates");
        assertThat(m.title()).isEqualTo("Rates rise again");
    }

    @Test
    void removesSiteNameFromTitleWhenItEqualsOgSiteName() {
        String html = """
                <html><head><title>Storm closes harbour | Coastal Herald</title>
                <meta property="og:site_name" content="Coastal Herald"></head>
                <body><h1>Storm closes harbour</h1></body></html>""";
        assertThat(read(html, "https://news.example.org/a").title()).isEqualTo("Storm closes harbour");
    }

    @Test
    void removesSiteNamePrefixMatchingTheHost() {
        String html = "<html><head><title>Examplepost: Bridge reopens after repairs</title></head><body></body></html>";
        assertThat(read(html, "https://www.examplepost.com/x").title()).isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void prefersTheVisibleHeadlineOverAKickerInOgTitle() {
        String html = """
                <html><head><meta property="og:title" content="Climate: Drilling until it gets hot"></head>
                <body><h1><span class="kicker">Climate</span><span class="title">Drilling until it gets hot</span></h1>
                </body></html>""";
        assertThat(read(html, "https://example.com/a").title()).isEqualTo("Drilling until it gets hot");
    }

    @Test
    void splitsVisibleBylineWithTwoAuthors() {
        String html = """
                <html><body><article><h1>Council votes on budget</h1>
                <div class="byline">By Jane Roe and John Doe, Staff Writers</div>
                <p>The council voted.</p></article></body></html>""";
        ArticleMetadata m = read(html, "https://example.com/a");
        assertThat(m.authors()).containsExactly("Jane Roe", "John Doe");
        // the byline is the credit as quoted: no lead word, and the names alone when a role follows them
        assertThat(m.byline()).isEqualTo("Jane Roe, John Doe");
    }

    @Test
    void readsGermanBylineAcrossInlineElements() {
        String html = """
                <html><body><article><h1>Neue Brücke eröffnet</h1>
                <p class="author"><span>Veröffentlicht von</span><a href="/a/m">Marta Muster</a></p>
                </article></body></html>""";
        assertThat(read(html, "https://example.de/a").authors()).containsExactly("Marta Muster");
    }

    @Test
    void ignoresCommentAuthors() {
        String html = """
                <html><body><article><h1>Post</h1><p>Text.</p></article>
                <div class="comments"><div class="comment-author">Troll Person</div></div></body></html>""";
        assertThat(read(html, "https://example.com/a").authors()).isEmpty();
    }

    @Test
    void keepsPublishedAndModifiedApart() {
        String html = """
                <html><head>
                <meta property="article:published_time" content="2024-04-13T22:31:00Z">
                <meta property="article:modified_time" content="2024-04-15T09:00:00Z">
                </head><body><h1>Headline</h1></body></html>""";
        ArticleMetadata m = read(html, "https://example.com/a");
        assertThat(m.published()).isEqualTo("2024-04-13T22:31");
        assertThat(m.modified()).isEqualTo("2024-04-15T09:00");
    }

    @Test
    void aPageThatPrintsOnlyItsUpdateIsDatedByIt() {
        String head = """
                <html><head>
                <meta property="article:published_time" content="2021-11-29T14:13:00+01:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:00+01:00">
                </head><body><article><h1>Headline of the story</h1>""";
        String onlyUpdate = head + "<p class=\"info\">Aktualisiert am 12.01.2022</p><p>Body text.</p></article></body></html>";
        assertThat(read(onlyUpdate, "https://example.com/a").published()).isEqualTo("2022-01-12T14:27");
        String both = head + "<p class=\"info\">29.11.2021, aktualisiert am 12.01.2022</p><p>Body text.</p></article></body></html>";
        assertThat(read(both, "https://example.com/a").published()).isEqualTo("2021-11-29T14:13");
        String neither = head + "<p>Body text.</p></article></body></html>";
        assertThat(read(neither, "https://example.com/a").published()).isEqualTo("2021-11-29T14:13");
    }

    @Test
    void readsSlashedDatesDayFirstUnlessThePageIsInUsEnglish() {
        String page = """
                <html lang="%s"><body><article><h1>Headline of the story</h1>
                <p class="date">03/05/2022 21:44</p><p>Body text.</p></article></body></html>""";
        assertThat(read(page.formatted("pt-BR"), "https://example.com/a").published()).isEqualTo("2022-05-03T21:44");
        assertThat(read(page.formatted("en-GB"), "https://example.com/a").published()).isEqualTo("2022-05-03T21:44");
        assertThat(read(page.formatted("en-US"), "https://example.com/a").published()).isEqualTo("2022-03-05T21:44");
        assertThat(read(page.formatted("en"), "https://example.com/a").published()).isEqualTo("2022-03-05T21:44");
    }

    @Test
    void aPageWhoseOnlyDateIsItsLastChangeIsDatedByIt() {
        String html = """
                <html><body><div class="content"><h1>Kinder und Arbeit</h1><p>Text der Seite, lang genug für einen Absatz.</p>
                <p class="info">Aktualisiert: 30.12.2016</p></div></body></html>""";
        ArticleMetadata m = read(html, "https://example.org/informationen/arbeit/");
        assertThat(m.published()).isEqualTo("2016-12-30");
        assertThat(m.modified()).isEqualTo("2016-12-30");
        String withDate = html.replace("<h1>Kinder und Arbeit</h1>", "<h1>Kinder und Arbeit</h1><p class=\"date\">12.05.2016</p>");
        assertThat(read(withDate, "https://example.org/informationen/arbeit/").published()).isEqualTo("2016-05-12");
    }

    @Test
    void modifiedOnlyPageHasNoPublishedDate() {
        String html = """
                <html><head><meta property="article:modified_time" content="2024-04-15T09:00:00Z"></head>
                <body><h1>Headline</h1></body></html>""";
        ArticleMetadata m = read(html, "https://example.com/a");
        assertThat(m.published()).isNull();
        assertThat(m.modified()).isEqualTo("2024-04-15T09:00");
    }

    @Test
    void ignoresDatesInRelatedTeasersAndScripts() {
        String html = """
                <html><body><article><h1>Headline of the article</h1>
                <p class="dateline">Published 3 May 2024</p><p>Body text.</p></article>
                <aside class="related"><article><time datetime="2020-01-01">1 Jan 2020</time></article></aside>
                <script>var published = "2019-02-02";</script></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2024-05-03");
    }

    @Test
    void teaserDateAloneGivesNoDate() {
        String html = """
                <html><body><article><h1>Headline of the article</h1><p>Body text without a date.</p></article>
                <div class="related-posts"><span class="date">12.03.2021</span></div></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isNull();
    }

    @Test
    void fallsBackToTheDateInTheUrl() {
        String html = "<html><body><h1>Headline</h1><p>No date here.</p></body></html>";
        assertThat(read(html, "https://example.com/2023/07/24/headline/").published()).isEqualTo("2023-07-24");
    }

    @Test
    void readsADateWithTheYearLastInTheUrl() {
        String html = "<html lang=\"de\"><body><h1>Überschrift</h1><p>Kein Datum hier.</p></body></html>";
        assertThat(read(html, "https://example.de/meldungen/29-10-2021").published()).isEqualTo("2021-10-29");
        assertThat(read(html, "https://example.de/detail/~02-01-2022-land-zahlte").published()).isEqualTo("2022-01-02");
        assertThat(read(html, "https://example.de/artikel/bericht_vom_22.04.2020_politik").published()).isEqualTo("2020-04-22");
        assertThat(read(html, "https://example.de/aktuelles/08112021-online-fachtag").published()).isEqualTo("2021-11-08");
        String us = html.replace("lang=\"de\"", "lang=\"en-US\"");
        assertThat(read(us, "https://example.com/news/02-01-2022-story").published()).isEqualTo("2022-02-01");
        assertThat(read(us, "https://example.com/news/08112021-story").published()).isNull();
    }

    @Test
    void readsADatelineWithATwoDigitYear() {
        String html = """
                <html lang="de"><body><article><h1>Vintage-Flair mit viel Grün</h1>
                <div class="sub-title"><div class="uploaded-date"> 23.09.22 </div><div class="location">Saarland</div></div>
                <p>Text der Homestory, lang genug für einen Absatz.</p></article></body></html>""";
        assertThat(read(html, "https://example.de/homestory/vintage").published()).isEqualTo("2022-09-23");
        // a full year on the line wins; version numbers with more parts are no dates
        assertThat(PrintedDates.find("Version 1.2.19.4 vom 3. Mai 2021")).contains("2021-05-03");
        assertThat(PrintedDates.find("Version 1.2.19.4")).isEmpty();
    }

    @Test
    void readsGermanPrintedDateline() {
        String html = """
                <html><body><article><h1>Überschrift des Artikels</h1>
                <div class="entry-meta"><span class="entry-date">23. Juli 2017</span></div></article></body></html>""";
        assertThat(read(html, "https://example.de/a").published()).isEqualTo("2017-07-23");
    }

    @Test
    void readsCanonicalUrlLanguageAndImage() {
        String html = """
                <html lang="de-DE"><head><link rel="canonical" href="/artikel/1">
                <meta property="og:image" content="https://example.de/i.jpg"></head><body></body></html>""";
        ArticleMetadata m = read(html, "https://example.de/artikel/1?ref=x");
        assertThat(m.url()).isEqualTo("https://example.de/artikel/1");
        assertThat(m.language()).isEqualTo("de");
        assertThat(m.image()).isEqualTo("https://example.de/i.jpg");
        assertThat(m.outlet()).isEqualTo("example.de");
    }

    @Test
    void deskCreditOnlyWhenNoPersonIsNamed() {
        String deskOnly = "<html><head><meta name=\"author\" content=\"Redaktion\"></head><body><h1>Head</h1></body></html>";
        assertThat(read(deskOnly, "https://example.de/a").authors()).containsExactly("Redaktion");
        String withPerson = """
                <html><head><meta name="author" content="Redaktion"></head>
                <body><article><h1>Headline here</h1><p class="byline">Von Marta Muster</p></article></body></html>""";
        assertThat(read(withPerson, "https://example.de/a").authors()).containsExactly("Marta Muster");
    }

    @Test
    void readsNameAfterDateUnderTheHeadline() {
        String html = """
                <html><body><div><h1>Die Freiheit der Planung</h1>
                <span class="field-content">25.10.2022 - Reiner Beispiel</span></div><p>Text.</p></body></html>""";
        ArticleMetadata m = read(html, "https://example.de/a");
        assertThat(m.authors()).containsExactly("Reiner Beispiel");
        assertThat(m.published()).isEqualTo("2022-10-25");
    }

    @Test
    void printedDayWinsOverNearMidnightUtcTime() {
        String html = """
                <html><head><meta property="article:published_time" content="2022-05-04T00:53:00Z"></head>
                <body><article><h1>Headline of the story</h1><p class="date">3 de mayo de 2022</p></article></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2022-05-03");
    }

    @Test
    void aLocalTimeNearMidnightKeepsItsDayAgainstTheSiteHeadersDate() {
        String html = """
                <html><head><meta property="article:published_time" content="2022-05-03T22:46:08-03:00"></head>
                <body><header><ul><li class="dateTime"><p>Miércoles, 04 de Mayo de 2022</p></li></ul>
                <div class="sections"><a>Política</a><a>Sociedad</a><a>Mundo</a><a>Economía</a><a>Deportes</a>
                <a>Cultura</a><a>Opinión</a><a>Ciencia</a><a>Salud</a><a>Viajes</a><a>Tecnología</a><a>Clima</a></div></header>
                <article><h1>Headline of the story</h1><p>Body text of the story goes on here.</p></article></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2022-05-03T22:46");
        // the same time in UTC: the page's own line by the headline says which day it was
        String utc = html.replace("2022-05-03T22:46:08-03:00", "2022-05-04T01:46:08Z")
                .replace("<h1>Headline of the story</h1>", "<h1>Headline of the story</h1><p class=\"date\">3 de mayo de 2022</p>");
        assertThat(read(utc, "https://example.com/a").published()).isEqualTo("2022-05-03");
    }

    @Test
    void theLineByTheHeadlineOutranksALabelledDateFurtherDown() {
        String html = """
                <html><body><article><h1>Headline of the story</h1><div class="author">Jane Roe, 21. Januar 2015</div>
                <p>Body text of the story goes on here, long enough to be read as the text of the article.</p>
                <ul><li>Siehe auch den Beitrag vom 5. Januar 2015.</li></ul></article></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2015-01-21");
    }

    @Test
    void aPageCreditingNobodyTakesTheNameThePostsAuthorRepliesWith() {
        String html = """
                <html><body><article><h1>Headline of the post</h1><p>Body text of the post.</p></article>
                <ol class="comments"><li class="comment byuser comment-author-reader">
                  <div class="comment-author vcard"><span class="fn">Jane Reader</span></div><p>Nice post!</p></li>
                <li class="comment byuser comment-author-jroe bypostauthor"><div class="comment-author vcard">
                  <p>Thanks, glad you liked it, and a happy new year to you too!</p>
                  <cite>Comment by <span class="fn"><a href="https://example.org">jroe</a></span> — 2019-01-01 @ 00:45</cite>
                </div></li></ol></body></html>""";
        assertThat(read(html, "https://example.org/2019/01/01/post/").authors()).containsExactly("jroe");
        String credited = html.replace("<h1>Headline of the post</h1>", "<h1>Headline of the post</h1><p class=\"byline\">By John Doe</p>");
        assertThat(read(credited, "https://example.org/2019/01/01/post/").authors()).containsExactly("John Doe");
    }

    @Test
    void staysLinearOnDeeplyNestedAuthorNamedZones() {
        // every level looks like a byline candidate and a foreign zone: per-element subtree or ancestor scans
        // would be quadratic
        String prose = "<p>The council voted on Tuesday to expand the bus network to the northern suburbs.</p>";
        String html = "<html><body>" + "<div class=\"has-sidebar author social\"><blockquote>".repeat(20_000)
                + prose.repeat(200) + "</blockquote></div>".repeat(20_000) + "</body></html>";
        org.jsoup.nodes.Document doc = Jsoup.parse(html, "https://example.com/a");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> HtmlMetadata.read(doc, "https://example.com/a"));
    }

    @Test
    void survivesVeryDeepNesting() {
        String html = "<html><body><article><h1>Deep page headline</h1>"
                + "<div class=\"byline author\"><span>".repeat(50_000) + "By Jane Roe"
                + "</span></div>".repeat(50_000) + "<time datetime=\"2024-05-03\">3 May</time></article></body></html>";
        ArticleMetadata m = read(html, "https://example.com/a");
        assertThat(m.title()).isEqualTo("Deep page headline");
        assertThat(m.published()).isEqualTo("2024-05-03");
    }

    @Test
    void sectionHeadingAfterTheTextIsNoTitle() {
        String html = "<html><body><article><p>The council voted on Tuesday to expand the bus network.</p>"
                + "<h2>What comes next</h2><p>More buses.</p></article></body></html>";
        assertThat(read(html, "https://example.com/a").title()).isNull();
    }

    @Test
    void dropsAKickerSetApartInTheHeadline() {
        String small = "<html><body><h1><small>Tunisia</small><br>Big tasks for the new government</h1></body></html>";
        assertThat(read(small, "https://example.com/a").title()).isEqualTo("Big tasks for the new government");
        String confirmed = """
                <html><head><meta property="og:title" content="Big tasks for the new government"></head>
                <body><h1><span>Tunisia</span> Big tasks for the new government</h1></body></html>""";
        assertThat(read(confirmed, "https://example.com/a").title()).isEqualTo("Big tasks for the new government");
        String subtitle = "<html><body><h1>Fish cakes, hot and fresh <small>A visit to the harbour</small></h1></body></html>";
        assertThat(read(subtitle, "https://example.com/a").title()).isEqualTo("Fish cakes, hot and fresh");
    }

    @Test
    void keepsAPartOfTheTitleThatIsNoKicker() {
        String bold = "<html><body><h1><b>Storm</b> closes the harbour</h1></body></html>";
        assertThat(read(bold, "https://example.com/a").title()).isEqualTo("Storm closes the harbour");
    }

    @Test
    void aLongCommentIsNotTheMainArticle() {
        String html = """
                <html><body><h1>Bridge reopens</h1><div class="meta" itemprop="datePublished">19 October 2019</div>
                <p>Short text.</p>
                <article class="comment-body"><p>%s</p><span class="date">15 October 2019</span></article>
                </body></html>""".formatted("A very long comment. ".repeat(40));
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2019-10-19");
    }

    @Test
    void aPrintedDateOutranksAnUnspecificMetaDate() {
        String html = """
                <html><head><meta name="date" content="2020-04-30"></head>
                <body><article><h1>Rent strike</h1><ul><li class="date"><time>29.04.2020, 12:01 Uhr</time></li></ul>
                <p>Text.</p></article></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).startsWith("2020-04-29");
    }

    @Test
    void anUnspecificMetaDateOutranksADateBoxAwayFromTheHeadline() {
        String html = """
                <html><head><meta name="date" content="2017-05-01T17:05:00+0200"></head>
                <body><div class="top"><a class="logo" href="/">Example Radio</a><span class="site-date"><span>Mittwoch, </span>26.02.2020</span></div>
                <nav><a>Nachrichten</a><a>Kultur</a><a>Wissen</a><a>Sport</a><a>Musik</a><a>Podcasts</a><a>Programm</a>
                <a>Hören</a><a>Lesen</a><a>Sehen</a><a>Suchen</a><a>Kontakt</a><a>Hilfe</a></nav>
                <div class="main"><div class="teaser-list"></div><h1>Wir dekorieren auf der Titanic die Liegestühle um</h1>
                <p>Ein Gespräch über die Zukunft der Arbeit, lang genug, um ein Absatz zu sein, und ohne Datum darin.</p>
                <p>Noch ein Absatz des Gesprächs, ebenfalls ohne Datum.</p><p>Und ein dritter Absatz.</p>
                <p>Ein vierter Absatz.</p></div></body></html>""";
        assertThat(read(html, "https://example.de/a").published()).isEqualTo("2017-05-01T17:05");
    }

    @Test
    void onAPageWithoutH1TheHeadingNamedInTheTitleIsTheHeadline() {
        String html = """
                <html><head><title>Effiziente Hybridbatterie - Informationsdienst</title></head>
                <body><div class="nav"><h4>Aktuelle Meldungen</h4></div><div class="content">
                <div><span>01.11.2023 11:35</span></div><h4>Effiziente Hybridbatterie</h4>
                <p>Text der Nachricht, lang genug für einen Absatz und ohne Zeitangabe darin.</p></div></body></html>""";
        assertThat(read(html, "https://example.de/news823175").published()).isEqualTo("2023-11-01T11:35");
    }

    @Test
    void theMainColumnOfALayoutWithASidebarIsNoFurniture() {
        String html = """
                <html lang="es"><body><main><div class="lay-sidebar"><div class="sidebar__main">
                <h1>Jugada del oficialismo en Diputados</h1><span class="mod-date"><time>3 de mayo de 2022</time></span>
                <p>Texto de la nota, bastante largo para ser un párrafo.</p></div>
                <div class="sidebar__aside"><ol><li><article><h2>Otra nota</h2><p>Un avance de otra nota.</p></article></li></ol></div>
                </div></main></body></html>""";
        assertThat(read(html, "https://example.com/politica/nota").published()).isEqualTo("2022-05-03");
        assertThat(PageZones.isForeignName("sidebar__main", false)).isFalse();
        assertThat(PageZones.isForeignName("sidebar__aside", false)).isTrue();
    }

    @Test
    void aFormAroundTheWholePageIsNoForeignZone() {
        String html = """
                <html lang="en"><body><form id="mainform" method="post"><div class="page">
                <div class="head"><h1>Easy Pineapple Upside-Down Cake</h1></div><div class="meta"><div class="recipeDate">June 13, 2019</div></div>
                <p>%s</p></div></form>
                <form class="newsletter"><input name="email"><span class="date">01.01.2020</span></form></body></html>"""
                .formatted("Text of the recipe, long enough to be a paragraph. ".repeat(30));
        assertThat(read(html, "https://example.com/recipes/cake").published()).isEqualTo("2019-06-13");
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        PageZones zones = PageZones.of(doc);
        assertThat(zones.isForeign(doc.selectFirst(".recipeDate"))).isFalse();
        assertThat(zones.isForeign(doc.selectFirst("form.newsletter span"))).isTrue();
    }

    @Test
    void anAuthorTagHoldingAProfileAddressNamesNobody() {
        String html = """
                <html><head><meta property="article:author" content="https://www.example.com/author/no-author/">
                </head><body><article><h1>Headline of the story</h1><p>Body text.</p></article></body></html>""";
        assertThat(read(html, "https://www.example.com/news/story").authors()).isEmpty();
    }

    @Test
    void readsAShortPostedOnLine() {
        String html = """
                <html><body><h1>FairCoin hackathon</h1><div class="submitted">Gespeichert von <span>rasos</span>
                am 24. Juli 2017 - 18:55</div><p>Text.</p></body></html>""";
        assertThat(read(html, "https://example.com/a").published()).isEqualTo("2017-07-24");
    }

    @Test
    void aNameInsideThePublishersItemIsNotTheAuthor() {
        String html = """
                <html><body><h1>Haircuts under 2G</h1><div class="article_autor">Text: <span itemprop="author">Kirsten
                Freund</span> / <span itemprop="publisher" itemscope><span itemprop="name">Trade Paper</span></span>
                </div></body></html>""";
        assertThat(read(html, "https://example.com/a").authors()).containsExactly("Kirsten Freund");
    }

    @Test
    void keepsLowerCaseWordsOfADeclaredName() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Bhindi fry",
                "author":{"@type":"Person","name":"Mobasir hassan"}}</script></head><body></body></html>""";
        assertThat(read(html, "https://example.com/a").authors()).containsExactly("Mobasir hassan");
    }

    @Test
    void givesTheTitleInCanonicalUnicodeForm() {
        // an "e" followed by a combining acute accent, and the precomposed letter: the same title
        String html = "<html><head><title>Cafe\u0301 owners protest new rent rules</title></head><body></body></html>";
        assertThat(read(html, "https://example.com/a").title()).isEqualTo("Caf\u00e9 owners protest new rent rules");
    }

    @Test
    void mendsAnOgTitleCutAtAnUnescapedQuote() {
        String html = """
                <html><head><meta property="og:title" content="Senator calls the plan "reckless"">
                <title>Senator calls the plan "reckless"</title></head><body></body></html>""";
        assertThat(read(html, "https://example.com/a").title()).isEqualTo("Senator calls the plan \"reckless\"");
    }

    @Test
    void dropsOrnamentsBeforeAHeadingButKeepsOpeningQuotes() {
        String html = """
                <html><head><title>Example Studio // Jane Roe</title></head>
                <body><h2>[&gt; Jane Roe</h2><p>Jane Roe, born 1977.</p></body></html>""";
        assertThat(read(html, "https://example-studio.com/a").title()).isEqualTo("Jane Roe");
        String quoted = "<html><head></head><body><h1>»Keep our rivers clean!«</h1></body></html>";
        assertThat(read(quoted, "https://example.com/a").title()).isEqualTo("»Keep our rivers clean!«");
    }

    @Test
    void aFirstNameAloneInJsonLdDefersToTheFullNameInTheByline() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"BlogPosting","headline":"Why we read","author":{"@type":"Person","name":"Nils"}}
                </script></head><body><article><h1>Why we read</h1><p>Eine Kolumne von Nils Pickert</p>
                <p>Text.</p></article></body></html>""";
        assertThat(read(html, "https://example.de/a").authors()).containsExactly("Nils Pickert");
    }

    @Test
    void aBylineCutShortIsCompletedFromTheAuthorMetaTag() {
        String html = """
                <html><head><meta name="author" content="Mobasir hassan"></head><body><article>
                <h1>Okra fry recipe</h1><p>by Mobasir hassan</p><p>Text.</p></article></body></html>""";
        assertThat(read(html, "https://example.com/a").authors()).containsExactly("Mobasir hassan");
    }

    @Test
    void aBylineThatNamesTheSiteGivesWayToAPersonsCreditFurtherDown() {
        String html = """
                <html><head><meta property="og:site_name" content="The Daily Example"></head><body><article>
                <h1>Forests protected by their people</h1><div class="post-meta"><p>By The Daily Example -</p></div>
                <p>Text of the article.</p><p><em>Written by: <a href="/x">Julie Mollins</a></em></p>
                <p>Alle Beiträge von <a rel="author" href="/a">redaktion</a></p></article></body></html>""";
        assertThat(read(html, "https://daily-example.com/a").authors()).containsExactly("Julie Mollins");
    }

    @Test
    void readsTheCreditInABylineElement() {
        String html = """
                <html><head><meta property="og:site_name" content="Example Finance"></head><body><article>
                <h1>Influencers and the stock boom</h1><byline>Von David Hutzler, dpa</byline>
                <p>Text of the article.</p></article></body></html>""";
        assertThat(read(html, "https://example-finance.de/a").authors()).contains("David Hutzler");
    }

    @Test
    void readsTheNameInTheTextAfterALeadWordElement() {
        String html = """
                <html><body><article><h1>The wind rebel</h1><p>Text of the article.</p>
                <a href="mailto:x@example.de"><b>Von:</b> <br /> <br /> Götz Warnke</a></article></body></html>""";
        assertThat(read(html, "https://example.de/a").authors()).containsExactly("Götz Warnke");
    }

    @Test
    void aTimeElementsPrintedDateWinsOverADatetimeThatIsNotYearFirst() {
        String html = """
                <html><body><article><h1>Teeth and what they tell</h1>
                <time datetime="01-11-2023 10:29">1. November 2023 10:29</time><p>Text.</p></article></body></html>""";
        assertThat(read(html, "https://example.at/a").published()).startsWith("2023-11-01");
    }

    @Test
    void anEventsDateRangeIsNoDateline() {
        String html = """
                <html><body><article><h1>Spin-off measures greenhouse gases</h1>
                <p>Vom 26. November bis 2. Dezember 2022 tagt das Komitee in Uruguay, um über Plastik zu beraten.</p>
                <span class="news-date">12.12.2022</span></article></body></html>""";
        assertThat(read(html, "https://example.de/a").published()).isEqualTo("2022-12-12");
    }

    @Test
    void readsADatelineCreditAboveTheHeadline() {
        String html = """
                <html><body><div class="content"><small>04.02.2022 | 13:10 Uhr | Uta Beispiel</small>
                <h1>Stellungnahme zum Turniersport</h1><p>Text of the statement.</p></div></body></html>""";
        assertThat(read(html, "https://example.de/a").authors()).containsExactly("Uta Beispiel");
    }
}

package io.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import org.junit.jupiter.api.Test;

class PageProcessorTest {
    private static final PageProcessor PROCESSOR = new PageProcessor();

    private static ProcessedPage process(String lang, String paragraphs) {
        String html = "<html lang=\"" + lang + "\"><head><title>Talks</title></head><body><article><h1>Talks</h1>"
                + paragraphs + "</article></body></html>";
        return PROCESSOR.process(new Page("p-" + lang + ".html", null, PageType.HTML, html, "hash-" + lang));
    }

    @Test
    void englishPagesGetStatementsAndMentions() {
        ProcessedPage p = process("en", "<p>\"We will not accept these terms,\" said Maria Lopez, the mayor of Springfield, on Tuesday.</p>"
                + "<p>Lopez added that the council would meet again next week to discuss the budget and the new plan.</p>"
                + "<p>The talks began in March after the state cut its grants to the city, leaving a gap of several million"
                + " dollars in the budget for schools, roads and the public library, which has already shortened its hours.</p>"
                + "<p>Council members from both parties have proposed raising fees for parking and building permits, while"
                + " residents at a public hearing last month asked the city to protect the library and the bus service.</p>");
        assertThat(p.statements()).isNotEmpty();
        assertThat(p.mentions()).extracting(m -> m.text()).contains("Maria Lopez");
    }

    @Test
    void pagesDeclaringAnotherLanguageGetNeither() {
        ProcessedPage p = process("de", "<p>\"Wir werden diese Bedingungen nicht akzeptieren\", sagte Maria Lopez am Dienstag in Berlin.</p>"
                + "<p>Es ging um den Haushalt. Ich glaube, Sie wissen das. Wir treffen uns nächste Woche wieder im Rathaus.</p>"
                + "<p>Die Gespräche begannen im März, nachdem das Land seine Zuschüsse an die Stadt gekürzt hatte. Es fehlen"
                + " mehrere Millionen Euro im Haushalt für Schulen, Straßen und die Stadtbibliothek, die schon kürzer öffnet.</p>"
                + "<p>Stadträte beider Parteien schlagen höhere Gebühren für Parkplätze und Baugenehmigungen vor, während"
                + " Bürger bei einer Anhörung im vergangenen Monat forderten, die Bibliothek und den Busverkehr zu schützen.</p>");
        assertThat(p.article()).isNotNull();
        assertThat(p.statements()).isEmpty();
        assertThat(p.mentions()).isEmpty();
    }
}

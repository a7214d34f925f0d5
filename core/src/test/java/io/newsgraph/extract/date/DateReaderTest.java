package io.newsgraph.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

    private static final LocalDateTime SEEN = LocalDateTime.of(2024, 4, 14, 9, 30, 15);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "13 Apr 2024 22:31                       | 2024-04-13T22:31",
            "July 24, 2023                           | 2023-07-24",
            "14 April 2024 - 22:03                   | 2024-04-14T22:03",
            "The 11th of August 2022                 | 2022-08-11",
            "24 Nov 2023 13:38                       | 2023-11-24T13:38",
            "2024-04-13T22:31:05+03:00               | 2024-04-13T22:31",
            "2024-04-13T22:31:05.123Z                | 2024-04-13T22:31",
            "2024-04-13 22:31                        | 2024-04-13T22:31",
            "2024-04-13                              | 2024-04-13",
            "Mon, 03 Jun 2024 10:15:00 GMT           | 2024-06-03T10:15",
            "2023/07/24                              | 2023-07-24",
            "24.07.2023                              | 2023-07-24",
            "07/24/2023                              | 2023-07-24",
            "24/07/2023                              | 2023-07-24",
            "Monday, 3 June 2024, 10:15 AM           | 2024-06-03T10:15",
            "Nov. 5, 2023 at 5:40 p.m. EST           | 2023-11-05T17:40",
            "Updated 5:40 p.m. EST, Nov. 5, 2023     | 2023-11-05T17:40",
            "Sept. 8, 2025                           | 2025-09-08",
            "December 1st, 2021                      | 2021-12-01",
            "1 January 2020 12:00 am                 | 2020-01-01T00:00",
            "12 December 2019, 12:30 PM              | 2019-12-12T12:30",
            "Published: 24-Nov-2023                  | 2023-11-24",
            "Publish Date : 14 April 2024 - 22:03    | 2024-04-14T22:03",
            "Posted on Friday, March 1, 2024         | 2024-03-01",
    })
    void readsPrintedForms(String printed, String iso) {
        assertThat(DateReader.parse(printed, SEEN)).contains(iso);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3 hours ago     | 2024-04-14T06:30",
            "25 minutes ago  | 2024-04-14T09:05",
            "an hour ago     | 2024-04-14T08:30",
            "yesterday       | 2024-04-13",
            "2 days ago      | 2024-04-12",
            "a week ago      | 2024-04-07",
            "today at 7:05   | 2024-04-14T07:05",
            "just now        | 2024-04-14T09:30",
    })
    void resolvesRelativeDatesAgainstTheReference(String printed, String iso) {
        assertThat(DateReader.parse(printed, SEEN)).contains(iso);
    }

    @Test
    void ignoresRelativeDatesWithoutReference() {
        assertThat(DateReader.parse("3 hours ago", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10721", "2023", "1.2.3", "version 2.10.2023b", "v1.4.2024", "3.14159",
            "31 February 2023", "30/02/2023", "2023-13-01", "2023-02-30", "25:61", "Room 101", "",
            "Special Dispatch No. 10721", "13 Apr 2024 25:99 something 7", "April", "The 13th of Muharram al-Haram 1444"})
    void rejectsNumbersVersionsAndImpossibleDates(String printed) {
        assertThat(DateReader.parse(printed, SEEN)).isEmpty();
    }

    @Test
    void dropsAnImpossibleTimeButKeepsTheDate() {
        assertThat(DateReader.find("13 Apr 2024 25:99", null)).contains("2024-04-13");
    }

    @Test
    void parseRejectsLinesThatAreMostlySomethingElse() {
        assertThat(DateReader.parse("July 24, 2023 Special Dispatch No. 10721", null)).isEmpty();
        assertThat(DateReader.parse("On July 9, 2023, the agency posted its own interview with him", null)).isEmpty();
    }

    @Test
    void findLocatesTheFirstDateInALongerLine() {
        assertThat(DateReader.find("July 24, 2023 Special Dispatch No. 10721", null)).contains("2023-07-24");
        assertThat(DateReader.find("Publish Date : 14 April 2024 - 22:03", null)).contains("2024-04-14T22:03");
        assertThat(DateReader.find("[6] IRNA (Iran), July 9, 2023.", null)).contains("2023-07-09");
        assertThat(DateReader.find("On June 12-23, 2023, he visited Iran", null)).isEmpty();
        assertThat(DateReader.find("Version 4.2 shipped to 1,200 users", null)).isEmpty();
    }

    @Test
    void findSpanSaysWhereTheDateSits() {
        String line = "Updated 5:40 p.m. EST, Nov. 5, 2023";
        DateReader.Span span = DateReader.findSpan(line, null).orElseThrow();
        assertThat(line.substring(span.start(), span.end())).isEqualTo("5:40 p.m. EST, Nov. 5, 2023");
        assertThat(span.iso()).isEqualTo("2023-11-05T17:40");
    }

    @Test
    void readsSlashedDatesDayFirstWhenAsked() {
        assertThat(DateReader.findSpan("03/05/2022 21:44", null).orElseThrow().iso()).isEqualTo("2022-03-05T21:44");
        assertThat(DateReader.findSpan("03/05/2022 21:44", null, true).orElseThrow().iso()).isEqualTo("2022-05-03T21:44");
        // a second number above 12 can only be the day, whatever the order asked for
        assertThat(DateReader.findSpan("05/13/2022", null, true).orElseThrow().iso()).isEqualTo("2022-05-13");
        assertThat(DateReader.findSpan("13/05/2022", null, false).orElseThrow().iso()).isEqualTo("2022-05-13");
    }

    @Test
    void readsNoBreakSpaces() {
        assertThat(DateReader.parse("13\u00a0Apr\u00a02024\u00a022:31", null)).contains("2024-04-13T22:31");
    }

    @Test
    void neverThrowsOnRandomInput() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "0123456789 :/.-,apmAPMJanuaryFebNovth ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            DateReader.find(sb.toString(), SEEN);
            DateReader.parse(sb.toString(), SEEN);
        }
    }
}

package io.newsgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.extract.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made US-politics sentences, none from the seed pages, so the rules stay general: the frames of
 * cue verbs, quotation structure and coreference, not the wording of any one outlet.
 */
class StatementFinderTest {

    private final StatementFinder finder = new StatementFinder();

    private List<Statement> find(String body, String... embeds) {
        return finder.find(new Article("test", null, "The Daily Ledger", "Title", null, null, null, null, null, null,
                null, body, null, List.of(embeds), "en", null, true, null));
    }

    @Test
    void quoteWithInvertedAttributionAndPartyTag() {
        List<Statement> s = find("\"We will not back down on this bill,\" said Sen. Jane Roe, D-Calif.");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).kind()).isEqualTo(Statement.DIRECT);
        assertThat(s.get(0).speaker()).isEqualTo("Jane Roe");
        assertThat(s.get(0).cue()).isEqualTo("said");
        assertThat(s.get(0).text()).isEqualTo("We will not back down on this bill");
    }

    @Test
    void accordingToAnUnnamedOfficialBeforeOrAfter() {
        List<Statement> after = find("The president will veto the measure, according to a White House official.");
        assertThat(after).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("a White House official");
            assertThat(st.speakerType()).isEqualTo(Statement.UNNAMED);
            assertThat(st.text()).isEqualTo("The president will veto the measure");
        });
        List<Statement> before = find("According to two senior Senate aides, the vote will slip to next week.");
        assertThat(before).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("two senior Senate aides");
            assertThat(st.text()).isEqualTo("the vote will slip to next week");
        });
    }

    @Test
    void splitQuoteIsOneStatementOfThePronounsAntecedent() {
        List<Statement> s = find("Rep. Mary Smith, R-Texas, said Tuesday that the bill was ready.\n\n"
                + "\"We have the votes,\" she said, \"and we will pass it this week.\"");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).kind()).isEqualTo(Statement.INDIRECT);
        assertThat(s.get(0).speaker()).isEqualTo("Mary Smith");
        assertThat(s.get(0).text()).isEqualTo("the bill was ready");
        assertThat(s.get(1).kind()).isEqualTo(Statement.DIRECT);
        assertThat(s.get(1).speaker()).isEqualTo("Mary Smith");
        assertThat(s.get(1).speakerMention()).isEqualTo("she");
        assertThat(s.get(1).text()).contains("We have the votes").contains("we will pass it this week.");
    }

    @Test
    void addedAfterAQuoteFollowsTheLastSpeaker() {
        List<Statement> s = find("Senate Majority Leader John Doe said the chamber would vote on Friday.\n\n"
                + "\"This is a disaster for working families,\" he added.");
        assertThat(s).extracting(Statement::speaker).containsExactly("John Doe", "John Doe");
        assertThat(s.get(1).cue()).isEqualTo("added");
    }

    @Test
    void quoteOverSeveralParagraphsContinuesWhileParagraphsOpenWithAMark() {
        List<Statement> s = find("Gov. Tom Lee said: \"The budget is balanced for the first time in a decade.\n\n"
                + "\"We did it without raising a single tax.\"\n\nThe legislature adjourned on Monday.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Tom Lee");
            assertThat(st.kind()).isEqualTo(Statement.DIRECT);
            assertThat(st.text()).contains("The budget is balanced").contains("without raising a single tax");
        });
    }

    @Test
    void aRoleReferenceFindsThePersonWhoSpoke() {
        List<Statement> s = find("Sen. Jane Roe, the chairwoman of the Budget Committee, said the deal was close.\n\n"
                + "The chairwoman warned that the deal could still collapse.");
        assertThat(s).extracting(Statement::speaker).containsExactly("Jane Roe", "Jane Roe");
        assertThat(s.get(1).speakerMention()).isEqualTo("The chairwoman");
    }

    @Test
    void negatedAndTopicVerbsAreNoStatements() {
        assertThat(find("Jane Roe did not say whether she would run again.")).isEmpty();
        assertThat(find("Jane Roe discussed the budget with reporters on Monday.")).isEmpty();
        assertThat(find("The bill was passed by the House last week.")).isEmpty();
    }

    @Test
    void organizationSpeaksAndItRefersBack() {
        List<Statement> s = find("The Justice Department said in a statement that it would appeal the ruling.\n\n"
                + "It added that the judge had misread the statute.");
        assertThat(s).extracting(Statement::speaker).containsExactly("Justice Department", "Justice Department");
        assertThat(s).extracting(Statement::speakerType).containsOnly(Statement.ORGANIZATION);
    }

    @Test
    void participleAfterAnObjectCueIsASecondStatement() {
        List<Statement> s = find("Jane Roe criticized the proposal, saying it would raise costs for families.");
        assertThat(s).extracting(Statement::cue).containsExactly("criticized", "saying");
        assertThat(s.get(1).text()).isEqualTo("it would raise costs for families");
        assertThat(s).extracting(Statement::speaker).containsOnly("Jane Roe");
    }

    @Test
    void toldReportersWithAQuote() {
        List<Statement> s = find("\"It's over for this session,\" Smith told reporters on Capitol Hill.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Smith");
            assertThat(st.cue()).isEqualTo("told");
        });
    }

    @Test
    void interviewAnswersBelongToTheInterviewee() {
        List<Statement> s = find("Gov. Tom Lee said on Sunday that he would sign the bill.\n\n"
                + "Q: Will you run for president?\n\nA: I have not decided yet, and my family comes first.\n\n"
                + "\"We will talk about it over the holidays.\"");
        assertThat(s).filteredOn(st -> st.kind().equals(Statement.QA)).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Tom Lee");
            assertThat(st.text()).contains("I have not decided yet").contains("over the holidays");
        });
    }

    @Test
    void namedTranscriptTurnsSpeakForTheirLabels() {
        List<Statement> s = find("Sen. Jane Roe spoke with host Tom Lane on Sunday.\n\n"
                + "LANE: Will you support the bill as written?\n\nROE: Not as written, no. We need changes first.\n\n"
                + "LANE: What changes would you need?\n\nROE: A real cap on insulin prices, for a start.");
        assertThat(s).filteredOn(st -> st.kind().equals(Statement.QA)).extracting(Statement::speaker)
                .containsExactly("Tom Lane", "Jane Roe", "Tom Lane", "Jane Roe");
        assertThat(find("UPDATE: This story has been updated with new figures from the agency.")).isEmpty();
    }

    @Test
    void embeddedPostSpeaksForItsAccount() {
        List<Statement> s = find("The senator posted on social media on Monday.",
                "We will never stop fighting for lower drug prices. https://t.co/abc\n— Jane Roe (@SenJaneRoe) May 1, 2024");
        assertThat(s).filteredOn(st -> st.kind().equals(Statement.TWEET)).singleElement().satisfies(st -> {
            assertThat(st.speaker()).contains("Jane Roe");
            assertThat(st.text()).isEqualTo("We will never stop fighting for lower drug prices.");
            assertThat(st.start()).isEqualTo(-1);
        });
    }

    @Test
    void scareQuotesAreNoStatements() {
        assertThat(find("Critics called the plan a \"giveaway\" to insurers.")).allSatisfy(
                st -> assertThat(st.kind()).isNotEqualTo(Statement.DIRECT));
    }

    @Test
    void appositiveBetweenQuoteAndCue() {
        List<Statement> s = find("\"The tariffs are a tax on consumers,\" Roe, a Democrat from Ohio, said in an interview.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Roe");
            assertThat(st.text()).isEqualTo("The tariffs are a tax on consumers");
        });
    }

    @Test
    void relativeClauseBetweenSubjectAndCue() {
        List<Statement> s = find("Jane Roe, who chairs the Finance Committee, said the tax bill would be delayed.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Jane Roe");
            assertThat(st.text()).isEqualTo("the tax bill would be delayed");
        });
    }

    @Test
    void theTitleFindsTheNamedHolderEvenBeforeHeSpoke() {
        List<Statement> s = find("President John Doe met Sen. Jane Roe at the White House on Monday.\n\n"
                + "Roe said the talks were productive.\n\nThe president said later that a deal was near.");
        assertThat(s).extracting(Statement::speaker).containsExactly("Jane Roe", "John Doe");
    }

    @Test
    void quoteAfterTheAttributedSentenceKeepsItsSpeaker() {
        List<Statement> s = find("\"We are not going to do that,\" Roe said Tuesday. \"It is a nonstarter for us.\"");
        assertThat(s).hasSize(2).extracting(Statement::speaker).containsOnly("Roe");
    }

    @Test
    void colonIntroducesAQuote() {
        List<Statement> s = find("The White House said: \"The president will not sign this bill.\"");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.kind()).isEqualTo(Statement.DIRECT);
            assertThat(st.speaker()).isEqualTo("White House");
            assertThat(st.speakerType()).isEqualTo(Statement.ORGANIZATION);
        });
    }

    @Test
    void unnamedSourcesStayUnnamed() {
        List<Statement> s = find("People familiar with the discussions said the deal could collapse this week.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("People familiar with the discussions");
            assertThat(st.speakerType()).isEqualTo(Statement.UNNAMED);
        });
    }

    @Test
    void namingWithCalledIsNoStatement() {
        assertThat(find("The donors formed a group called the Freedom Caucus Fund in 2019.")).isEmpty();
        assertThat(find("Roe called the proposal a gift to insurers.")).singleElement()
                .satisfies(st -> assertThat(st.cue()).isEqualTo("called"));
    }

    @Test
    void partialNameFindsTheFullNameBehindItsTitles() {
        List<Statement> s = find("House Speaker Mike Carver said the vote would wait.\n\n"
                + "\"We are not going to rubber-stamp this,\" Carver told reporters at the Capitol.");
        assertThat(s).extracting(Statement::speaker).containsExactly("Mike Carver", "Mike Carver");
    }

    @Test
    void auxiliaryAndAgeBetweenNameAndCue() {
        assertThat(find("Gov. Ann Patel, 58, has repeatedly said she will not run for the Senate.")).singleElement()
                .satisfies(st -> assertThat(st.speaker()).isEqualTo("Ann Patel"));
    }

    @Test
    void aCapitalThatOpensTheSentenceIsNoName() {
        assertThat(find("Critics argue the law goes too far.")).singleElement()
                .satisfies(st -> assertThat(st.speakerType()).isEqualTo(Statement.UNNAMED));
    }

    @Test
    void pronounsFollowTheGenderTheyWereGiven() {
        // without first-name lists a gender is learnt from a pronoun or an honorific ("Mr.", "Ms.")
        List<Statement> s = find("Jane Roe said the bill was dead. She added that it could return next year.\n\n"
                + "Mr. John Doe said the bill would pass.\n\nShe warned that the votes were not there.\n\n"
                + "He insisted that they were.");
        assertThat(s).extracting(Statement::speaker)
                .containsExactly("Jane Roe", "Jane Roe", "John Doe", "Jane Roe", "John Doe");
    }

    @Test
    void emptyAndOddBodiesGiveNoErrors() {
        assertThat(find("")).isEmpty();
        assertThat(find("\"")).isEmpty();
        assertThat(find("Q: \n\nA: \"")).isEmpty();
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"Roe said", " that ", "\"", "“", "”", ", ", ".", "\n\n", "he added", "Q: ", "A: ", ":",
            "according to", " the senator", "Dear John,", "Jane Roe\nMay 1, 2024", "[1]", "—"};
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String body = b.toString();
            for (Statement st : find(body)) {
                if (st.start() >= 0) assertThat(st.end()).isBetween(st.start(), body.length());
            }
        }
    }

    @Test
    void questionsQuotedWithAskedAndStatementsFromAnOffice() {
        List<Statement> asked = find("\"Why now, after all these years?\" Roe asked. \"What changed in the bill?\"");
        assertThat(asked).hasSize(2).extracting(Statement::speaker).containsOnly("Roe");
        assertThat(find("Roe asked that the hearing be delayed.")).isEmpty();
        assertThat(find("\"The decision speaks for itself,\" according to a statement from the governor's office."))
                .singleElement().satisfies(st -> assertThat(st.speaker()).isEqualTo("governor's office"));
    }

    @Test
    void speechNounsWithTheirOwner() {
        List<Statement> s = find("Jane Roe rejected Smith's claim that the bill would raise taxes.");
        assertThat(s).filteredOn(st -> "claim".equals(st.cue())).singleElement().satisfies(st -> {
            assertThat(st.speaker()).isEqualTo("Smith");
            assertThat(st.text()).isEqualTo("the bill would raise taxes");
        });
        assertThat(find("The claim that the bill would raise taxes is false.")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheBody() {
        String body = "Rep. Mary Smith said that the bill was ready.\n\n\"We have the votes,\" she said.";
        for (Statement st : find(body)) {
            assertThat(body.substring(st.start(), st.end())).isEqualTo(st.text());
        }
    }
}

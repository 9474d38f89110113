package org.storyline.enrich.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.model.Published;
import org.storyline.model.Quote;

/** The quote stage on sentences written for the hard cases. */
class QuoteExtractorTest {

    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final QuoteExtractor QUOTES = new QuoteExtractor();
    private static final Published DATE = Published.ofDate(LocalDate.of(2025, 7, 2));

    private static List<Quote> quotes(String text) {
        return QUOTES.extract(text, ENTITIES.extract(text), DATE, "RT");
    }

    private static String said(List<Quote> quotes) {
        return quotes.stream().map(q -> q.speakerName() + ": " + q.text() + " [" + q.kind() + "]").toList().toString();
    }

    @Test
    void aPronounSpeakerIsThePersonIntroducedBefore() {
        List<Quote> q = quotes("Kremlin spokesman Dmitry Peskov spoke to reporters. Peskov underlined Russia's "
                + "commitment to the relationship. 'We continue to believe – and logic dictates – that Russia and "
                + "Azerbaijan are and must remain close partners,' he said.");
        assertEquals(1, q.size(), said(q));
        assertEquals("Dmitry Peskov", q.get(0).speakerName());
        assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
        assertTrue(q.get(0).text().startsWith("We continue to believe"), q.get(0).text());
        assertEquals(DATE, q.get(0).published());
        assertEquals("RT", q.get(0).outlet());
    }

    @Test
    void sheSkipsTheManNamedInTheQuote() {
        List<Quote> q = quotes("Foreign Ministry spokeswoman Maria Zakharova spoke on Wednesday. \"Sergei "
                + "Ivanov was never charged with anything at all,\" she said.");
        assertEquals(List.of("Maria Zakharova"), q.stream().map(Quote::speakerName).toList(), said(q));
    }

    @Test
    void curlyAndStraightQuotesBothWork() {
        for (String[] marks : new String[][] {{"'", "'"}, {"‘", "’"}, {"\"", "\""}, {"“", "”"}}) {
            List<Quote> q = quotes(marks[0] + "These steps cause serious damage to relations," + marks[1]
                    + " Maria Zakharova said.");
            assertEquals(1, q.size(), marks[0] + said(q));
            assertEquals("These steps cause serious damage to relations", q.get(0).text());
        }
    }

    @Test
    void apostrophesInsideAQuoteDoNotEndIt() {
        List<Quote> q = quotes("‘Russia’s position was communicated to the brothers’ family in detail’, Maria "
                + "Zakharova said.");
        assertEquals(1, q.size(), said(q));
        assertEquals("Russia’s position was communicated to the brothers’ family in detail", q.get(0).text());
    }

    @Test
    void aQuoteSpanningParagraphsIsOneQuote() {
        List<Quote> q = quotes("Maria Zakharova said ‘the topic was discussed in detail during the meetings in "
                + "Astrakhan’.\n\n‘The position of our country was communicated in detail to the delegation’.\n\n"
                + "The weather was fine.");
        assertEquals(1, q.size(), said(q));
        assertTrue(q.get(0).text().contains("The position of our country"), q.get(0).text());
        assertEquals("Maria Zakharova", q.get(0).speakerName());
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
        List<Quote> q = quotes("Arif Yunusov spoke to DW. 'We shouldn't forget that Russia is under sanctions "
                + "and that the gas matters a great deal to the whole region\n\n'And that is the point,' he added.");
        assertEquals(1, q.size(), said(q));
        assertEquals("Arif Yunusov", q.get(0).speakerName());
        assertTrue(q.get(0).text().startsWith("We shouldn't forget") && q.get(0).text().endsWith("the point"),
                q.get(0).text());
    }

    @Test
    void reportedSpeechWithThatAndWithout() {
        List<Quote> q = quotes("Maria Zakharova said that three times in July an official visited the detainees. "
                + "Alexei Overchuk claimed the tense relations have not impacted economic ties. Top officials from both "
                + "sides are in direct discussions, Kremlin spokesman Dmitry Peskov said in a briefing on Wednesday.");
        assertEquals(3, q.size(), said(q));
        assertEquals("three times in July an official visited the detainees.", q.get(0).text());
        assertEquals("the tense relations have not impacted economic ties.", q.get(1).text());
        assertEquals("Top officials from both sides are in direct discussions", q.get(2).text());
        assertTrue(q.stream().allMatch(x -> x.kind() == Quote.Kind.REPORTED), said(q));
        assertEquals(List.of("Maria Zakharova", "Alexei Overchuk", "Dmitry Peskov"),
                q.stream().map(Quote::speakerName).toList());
    }

    @Test
    void scareQuotesAndFragmentsAreNotQuotes() {
        List<Quote> q = quotes("Azerbaijan has switched to 'restless neighbour' mode once again. Sputnik has "
                + "dismissed the accusations as 'absurd.' Moscow slammed the arrests as 'unlawful,' and the "
                + "so-called \"near abroad\" is shrinking. Peskov underlined Russia's commitment to the partnership.");
        assertEquals(List.of(), q, said(q));
    }

    @Test
    void quotesWithoutANamedSpeakerAreLeftOut() {
        List<Quote> q = quotes("'It was an act of intimidation against all of us,' officials said. Russian "
                + "investigators said one of the brothers died of heart failure.");
        assertEquals(List.of(), q, said(q));
    }

    @Test
    void descriptionsAndTheStatementResolveToTheLastSpeaker() {
        List<Quote> q = quotes("Sputnik's parent company, Rossiya Segodnya, said Tuesday it was deeply concerned "
                + "by the raid on the office. 'All these actions have no basis at all,' the statement said. Maria "
                + "Zakharova spoke next. 'These steps cause serious damage,' the spokeswoman said.");
        assertEquals(List.of("Rossiya Segodnya", "Rossiya Segodnya", "Maria Zakharova"),
                q.stream().map(Quote::speakerName).toList(), said(q));
    }

    @Test
    void invertedAndAccordingToAttributions() {
        List<Quote> q = quotes("Kirill Krivosheev is an expert. Economic interests are still important to "
                + "Azerbaijan, says the political scientist Krivosheev. According to Krivosheev, the government in "
                + "Baku is using the escalation.");
        assertEquals(2, q.size(), said(q));
        assertTrue(q.stream().allMatch(x -> x.speakerName().equals("Kirill Krivosheev")), said(q));
        assertEquals("the government in Baku is using the escalation.", q.get(1).text());
    }
}

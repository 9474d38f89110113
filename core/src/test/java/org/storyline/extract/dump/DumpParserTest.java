package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.ParsedArticle;
import org.storyline.model.ParsedArticle.Role;
import org.storyline.model.RawDocument;

/** Pages written for these tests, with furniture in other words than the seeds use. */
class DumpParserTest {

    private static final Instant NOON = Instant.parse("2025-07-04T12:00:00Z");
    private final DumpParser parser = new DumpParser();

    private List<ParsedArticle> parse(String content) {
        return parser.parse(new RawDocument("test", RawDocument.Format.TEXT_DUMP, content, NOON, false));
    }

    @Test
    void emptyAndBlankPagesHaveNoArticles() {
        assertThat(parse("")).isEmpty();
        assertThat(parse(" \n\n\t\n")).isEmpty();
    }

    @Test
    void binaryLookingTextHasNoArticles() {
        Random random = new Random(7);
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            bytes.append((char) random.nextInt(256));
        }
        assertThat(parse(bytes.toString())).isEmpty();
        StringBuilder base64 = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 4000; i++) {
            base64.append(alphabet.charAt(random.nextInt(alphabet.length()))).append(i % 76 == 75 ? "\n" : "");
        }
        assertThat(parse(base64.toString())).isEmpty();
    }

    @Test
    void aPageOfOnlyFurnitureHasNoArticles() {
        String page = """
                logo
                Try Our AI Features
                Explore what Daily8 AI can do for you:
                Comments
                No comments yet...
                Related Articles

                Most Popular
                Editor's Picks
                DOWNLOAD THE APP
                Get Started Now: Download the App
                """;
        assertThat(parse(page)).isEmpty();
    }

    @Test
    void removesFurnitureWordedDifferentlyFromTheSeeds() {
        String page = """
                Skip to content
                World
                Floods force thousands from homes in river valley
                By Jane Doe
                Heavy rain caused the river to burst its banks on Tuesday, forcing thousands of residents to leave their homes, officials said.

                Listen to this article
                Get unlimited access to our award-winning reporting. Start your free trial today.

                Emergency crews worked through the night to reinforce levees along the lower valley.
                Rescuers use boats on a flooded street in the valley on Tuesday.
                Rescuers use boats on a flooded street in the valley on Tuesday.

                The regional governor declared a state of emergency and asked the army for help.
                Never miss a story: sign up for our morning briefing.
                Follow us on social media
                Share this article
                Advertisement

                Storm season arrives early along the southern coast
                Forecasters say the season's first hurricane could form within days.

                Residents were told to boil tap water until further notice.
                We rely on readers like you. Our reporting is funded by people who care.
                Support independent news today
                """;
        List<ParsedArticle> articles = parse(page);
        assertThat(articles).hasSize(1);
        ParsedArticle main = articles.get(0);
        assertThat(main.role()).isEqualTo(Role.MAIN);
        assertThat(main.title()).isEqualTo("Floods force thousands from homes in river valley");
        assertThat(main.author()).isEqualTo("Jane Doe");
        assertThat(main.section()).isEqualTo("World");
        assertThat(main.paragraphs()).containsExactly(
                "Heavy rain caused the river to burst its banks on Tuesday, forcing thousands of residents to leave their homes, officials said.",
                "Emergency crews worked through the night to reinforce levees along the lower valley.",
                "The regional governor declared a state of emergency and asked the army for help.",
                "Residents were told to boil tap water until further notice.");
    }

    @Test
    void removesNotesAboutThePageInsideParagraphs() {
        String page = """
                Officials weigh new limits on river dredging
                This summary was produced with AI assistance and checked by our editors. Officials in three provinces met on Monday to discuss limits on dredging. Click here to get our newsletter. The meeting ended without an agreement, a spokesman said. This is a developing story.
                """;
        ParsedArticle main = parse(page).get(0);
        assertThat(main.text()).isEqualTo("Officials in three provinces met on Monday to discuss limits on dredging. "
                + "The meeting ended without an agreement, a spokesman said.");
    }

    @Test
    void readsAListingWithItsHashtagLabelsAndDates() {
        String page = """
                Stories tagged #Floods

                Riverside Gazette
                yesterday
                • Environment
                • Riverside Gazette
                Levees hold as river crests below record | Riverside Gazette
                The river crested overnight just below its record level, and the levees held, the city said on Wednesday.
                Download our app for instant flood alerts.

                2 weeks ago
                • Environment
                Valley towns count the cost of spring floods — 12.03.2025
                Insurers estimate the damage at several hundred million dollars, according to a trade group.
                """;
        List<ParsedArticle> articles = parse(page);
        assertThat(articles).extracting(ParsedArticle::title).containsExactly(
                "Levees hold as river crests below record", "Valley towns count the cost of spring floods");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.role()).isEqualTo(Role.LISTED);
            assertThat(a.hashtags()).containsExactly("Floods");
            assertThat(a.section()).isEqualTo("Environment");
        });
        assertThat(articles.get(0).outlet()).isEqualTo("Riverside Gazette");
        assertThat(articles.get(0).published().iso()).isEqualTo("2025-07-03");
        assertThat(articles.get(0).text()).doesNotContain("Download");
        assertThat(articles.get(1).outlet()).isNull();
        assertThat(articles.get(1).published().iso()).isEqualTo("2025-06-20");
    }

    @Test
    void mergesTheMainArticleWithItsLongerCopyInTheRelatedList() {
        String first = "Officials in three provinces met on Monday to discuss new limits on dredging in the river delta.";
        String second = "The meeting ended without an agreement, a spokesman for the regional government said later.";
        String lead = "Talks on protecting the river delta stalled again this week, leaving fishermen without answers.";
        String page = "Delta dredging talks end without a deal\n" + first + "\n" + second + "\n\nSee also\n\n"
                + "Coastal Herald\n3 days ago\n- Coastal Herald\nDelta dredging talks end without a deal\n"
                + lead + " " + first + " " + second + "\n";
        List<ParsedArticle> articles = parse(page);
        assertThat(articles).hasSize(1);
        ParsedArticle main = articles.get(0);
        assertThat(main.role()).isEqualTo(Role.MAIN);
        assertThat(main.outlet()).isEqualTo("Coastal Herald");
        assertThat(main.published().iso()).isEqualTo("2025-07-01");
        assertThat(main.paragraphs()).containsExactly(lead, first, second);
    }

    @Test
    void keepsASubheadingFreeCopyAndRemovesGluedSubheadings() {
        String page = """
                Port workers strike over pay
                Dock workers walked off the job on Monday after talks over wages collapsed. Union leaders said the strike would last a week. Shipping lines brace for delays The port handles a third of the country's container traffic, and shippers warned of knock-on delays. He said the union had told The Associated Press the talks had failed.
                """;
        ParsedArticle main = parse(page).get(0);
        assertThat(main.text()).doesNotContain("Shipping lines brace for delays")
                .contains("The port handles a third")
                .contains("told The Associated Press the talks had failed.");
    }

    @Test
    void relativeDatesOfAGuessedCaptureAreApproximate() {
        String page = "Coastal Herald\nan hour ago\n- Coastal Herald\nHarbour reopens after storm\n"
                + "The harbour reopened to ships on Friday after crews cleared debris left by the storm.\n";
        ParsedArticle item = parser.parse(new RawDocument("t", RawDocument.Format.TEXT_DUMP, page, NOON, true)).get(0);
        assertThat(item.published().iso()).isEqualTo("2025-07-04T11:00:00Z");
        assertThat(item.published().approximate()).isTrue();
    }
}

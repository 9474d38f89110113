package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlShingleScoreTest {

    @Test
    void identicalTextsArePerfect() {
        ShingleScore.Match m = ShingleScore.match("one two three four five", "one two three four five");
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // gold has 2 shingles; prediction has the same 2 plus 2 more
        ShingleScore.Match m = ShingleScore.match("a b c d e", "a b c d e f g");
        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void tokensAreWordRunsWithCaseKept() {
        assertThat(ShingleScore.tokens("Zelenskyy's  e-mail, 3.5%_x")).containsExactly("Zelenskyy", "s", "e",
                "mail", "3", "5", "_x");
    }

    @Test
    void hanAndKanaCharactersAreOneTokenEachHangulAndLatinRunsAreWords() {
        assertThat(ShingleScore.tokens("東京でＡＢＣ会議、カタカナ2025年")).containsExactly("東", "京", "で", "ＡＢＣ", "会",
                "議", "カ", "タ", "カ", "ナ", "2025", "年");
        assertThat(ShingleScore.tokens("서울 지하철 요금")).containsExactly("서울", "지하철", "요금");
        // one wrong character costs a few shingles, not the whole unspaced sentence
        ShingleScore.Match m = ShingleScore.match("札幌で記録的な大雪となった", "札幌で記録的な大雨となった");
        assertThat(m.recall()).isGreaterThan(0.3);
    }

    @Test
    void emptyPredictionCountsForRecallNotPrecision() {
        ShingleScore.Summary s = ShingleScore.summarize(List.of(ShingleScore.match("a b c d", ""),
                ShingleScore.match("a b c d", "a b c d")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Property
    void scoresStayBetweenZeroAndOne(@ForAll String gold, @ForAll String predicted) {
        ShingleScore.Match m = ShingleScore.match(gold, predicted);
        assertThat(m.precision()).isBetween(0.0, 1.0);
        assertThat(m.recall()).isBetween(0.0, 1.0);
    }
}

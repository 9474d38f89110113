package org.storyline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    /** The rule as a regular expression, as it was written before it was read from the end: the oracle. */
    private static final Pattern ORACLE = Pattern.compile("(?:^|[\\s(\"“])(?:St|ST|Ste|Mt|MT|Ft|FT|Pt|Dr|Sgt|Lt|Det|Capt|"
            + "Cpl|Ofc|Insp|Supt|Gen|Col|Maj|Gov|Sen|Rep|Rev|Prof|Mr|Mrs|Ms|Hon|Cmdr|Adm|Atty|Jan|Feb|Mar|Apr|Aug|Sept?|"
            + "Oct|Nov|Dec)\\.$");
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?:^|[\\s(\"“])\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\.$");
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'’-]+,\\s*(?:\\p{Lu}\\p{L}{0,4}\\.,?\\s*){1,2}$");

    @Test
    void abbreviationsBeforeANameJoinTheNextPiece() {
        assertThat(Abbreviations.endsBeforeName("He was taken to a hospital in St.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("Police said Det.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("(Sgt.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("Sept.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("“Dr.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("KANSAS CITY, Mo.")).isTrue();
        assertThat(Abbreviations.endsBeforeName("Police named him as Herbert N.")).isTrue();
    }

    @Test
    void wordsThatOnlyEndLikeAnAbbreviationEndTheSentence() {
        assertThat(Abbreviations.endsBeforeName("The vote is in Most.")).isFalse();
        assertThat(Abbreviations.endsBeforeName("He went to the Dist.")).isFalse();
        assertThat(Abbreviations.endsBeforeName("Police arrested him.")).isFalse();
        assertThat(Abbreviations.endsBeforeName("Mr")).isFalse();
        assertThat(Abbreviations.endsBeforeName(".")).isFalse();
        assertThat(Abbreviations.endsBeforeName("")).isFalse();
        assertThat(Abbreviations.endsBeforeName("x-Dr.")).isFalse();
        assertThat(Abbreviations.endsBeforeName("McDonald N.")).isFalse();
    }

    @Property(tries = 3000)
    void answersAsTheRegularExpressionDid(@ForAll("sentences") String sentence) {
        boolean expected = ORACLE.matcher(sentence).find() || DATELINE.matcher(sentence).find()
                || MIDDLE_INITIAL.matcher(sentence).find();
        assertThat(Abbreviations.endsBeforeName(sentence)).as(sentence).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> pieces = Arbitraries.of("St", "Ste", "Sept", "Sep", "Supt", "Mr", "Mrs", "Most", "DR", "Dr",
                "KANSAS CITY", ",", " ", "\t", "(", "\"", "“", "-", ".", "a", "Mo", "x", "\u00a0", "Jan", "Ja", "N", "Herbert",
                "Éva", "é", "McD");
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }
}

package org.storyline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void guessesNewsProseInCommonLanguages() {
        assertThat(guesser.guess("Azerbaijan has not granted the Russian citizens recently arrested in Baku access to "
                + "consular services, the spokeswoman said on Wednesday.")).isEqualTo("en");
        assertThat(guesser.guess("Die Beziehungen zwischen Russland und Aserbaidschan haben sich abgekühlt, und der "
                + "Kreml ist nicht bereit, auf die Vorwürfe zu reagieren.")).isEqualTo("de");
        assertThat(guesser.guess("Les relations entre la Russie et l'Azerbaïdjan se sont dégradées et le Kremlin "
                + "dit qu'il est en contact avec les autorités.")).isEqualTo("fr");
        assertThat(guesser.guess("Las relaciones entre Rusia y Azerbaiyán se han deteriorado por la muerte de dos "
                + "hermanos en una redada policial.")).isEqualTo("es");
        assertThat(guesser.guess("Отношения между Россией и Азербайджаном ухудшились, и в Кремле заявили, что это "
                + "не так, как было раньше.")).isEqualTo("ru");
        assertThat(guesser.guess("Οι σχέσεις της Ρωσίας με το Αζερμπαϊτζάν επιδεινώθηκαν.")).isEqualTo("el");
    }

    @Test
    void loremIpsumIsLatinNotFrench() {
        assertThat(guesser.guess("Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor"
                + " invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo"
                + " duo dolores et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est.")).isEqualTo("la");
        assertThat(guesser.guess("Le Kremlin a dit qu'il est en contact avec les autorités et que la situation est"
                + " grave, et il a demandé la libération des journalistes.")).isEqualTo("fr");
    }

    @Test
    void saysNothingWhenItCannotTell() {
        assertThat(guesser.guess("")).isNull();
        assertThat(guesser.guess("Yekaterinburg Baku 2025")).isNull();
        assertThat(guesser.guess("12345 !!! ---")).isNull();
    }
}

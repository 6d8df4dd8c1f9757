package org.factdesk.assist.internal;

import org.factdesk.assist.internal.FigureExtractor.Figure;
import org.factdesk.assist.internal.FigureExtractor.Kind;
import org.factdesk.assist.internal.FigureExtractor.Qualifier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FigureExtractorTest {

    private static Figure only(String sentence) {
        List<Figure> figures = FigureExtractor.extract(sentence);
        assertThat(figures).as(sentence).hasSize(1);
        return figures.getFirst();
    }

    @Test
    void money_with_scale_words_and_currencies_in_german_and_english() {
        Figure usd = only("Microsoft hat OpenAI 13 Milliarden US-Dollar zugesagt.");
        assertThat(usd.kind()).isEqualTo(Kind.MONEY);
        assertThat(usd.unit()).isEqualTo("USD");
        assertThat(usd.value()).isEqualTo(13e9);
        assertThat(usd.surface()).isEqualTo("13 Milliarden US-Dollar");

        assertThat(only("Die Firma investierte 2,5 Mio. Euro.").value()).isEqualTo(2.5e6, within(1e-3));
        assertThat(only("Die Firma investierte 2,5 Mio. Euro.").unit()).isEqualTo("EUR");
        assertThat(only("Das Werk kostet 500.000 € im Jahr.").value()).isEqualTo(500_000);
        assertThat(only("Das Werk kostet 500.000 € im Jahr.").unit()).isEqualTo("EUR");
        assertThat(only("Microsoft invested $10 billion in OpenAI.").value()).isEqualTo(10e9);
        assertThat(only("Microsoft invested $10 billion in OpenAI.").unit()).isEqualTo("USD");
        assertThat(only("Es geht um 80 Milliarden Dollar.").unit()).isEqualTo("USD");
        assertThat(only("Es geht um 1,2 Mrd. USD.").value()).isEqualTo(1.2e9, within(1e-3));
        assertThat(only("Der Etat beträgt 3 Tsd. Euro.").value()).isEqualTo(3000);
        assertThat(only("Die Schulden liegen bei zwei Milliarden Euro.").value()).isEqualTo(2e9);
        assertThat(only("Die Schulden liegen bei 1.000,5 Euro.").value()).isEqualTo(1000.5);
    }

    @Test
    void a_plain_value_stands_for_what_its_last_digit_allows() {
        Figure thirteen = only("Es sind 13 Milliarden Euro.");
        assertThat(thirteen.low()).isEqualTo(12.5e9);
        assertThat(thirteen.high()).isEqualTo(13.5e9);
        Figure decimal = only("Es sind 2,5 Millionen Euro.");
        assertThat(decimal.low()).isEqualTo(2.45e6, within(1e-3));
        assertThat(decimal.high()).isEqualTo(2.55e6, within(1e-3));
    }

    @Test
    void qualifiers_make_ranges_that_do_not_contradict_the_values_they_cover() {
        Figure about10 = only("Microsoft würde rund 10 Milliarden US-Dollar investieren.");
        assertThat(about10.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(about10.surface()).isEqualTo("rund 10 Milliarden US-Dollar");
        assertThat(about10.low()).isEqualTo(9e9, within(1.0));
        assertThat(about10.high()).isEqualTo(11e9, within(1.0));
        Figure exact13 = only("Microsoft hat 13 Milliarden US-Dollar investiert.");
        Figure about13 = only("Microsoft hat etwa 13 Milliarden US-Dollar investiert.");
        Figure moreThan10 = only("Microsoft hat mehr als 10 Milliarden US-Dollar investiert.");
        Figure upTo14 = only("Microsoft hat bis zu 14 Milliarden US-Dollar investiert.");
        Figure between = only("Microsoft hat zwischen 12 und 14 Milliarden US-Dollar investiert.");

        assertThat(exact13.disagreesWith(about10)).isTrue();
        assertThat(about13.disagreesWith(about10)).isTrue();
        assertThat(exact13.disagreesWith(about13)).isFalse();
        assertThat(exact13.disagreesWith(moreThan10)).isFalse();
        assertThat(moreThan10.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(moreThan10.high()).isNull();
        assertThat(exact13.disagreesWith(upTo14)).isFalse();
        assertThat(upTo14.qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(between.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(exact13.disagreesWith(between)).isFalse();
        assertThat(about10.disagreesWith(between)).isTrue();
        assertThat(only("Es waren knapp 13 Milliarden Euro.").qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(only("It was about $10 billion.").qualifier()).isEqualTo(Qualifier.APPROX);
        Figure range = only("Ein Joint Venture im Wert von 100 bis 500 Milliarden US-Dollar.");
        assertThat(range.low()).isEqualTo(99.5e9);
        assertThat(range.high()).isEqualTo(500.5e9);
    }

    @Test
    void different_currencies_or_kinds_never_disagree() {
        Figure euro = only("Es sind 13 Milliarden Euro.");
        Figure dollar = only("Es sind 10 Milliarden Dollar.");
        assertThat(euro.disagreesWith(dollar)).isFalse();
        assertThat(only("Es sind 10 Prozent.").disagreesWith(only("Es sind 12 Mitarbeiter."))).isFalse();
    }

    @Test
    void percentages_in_both_number_formats() {
        Figure german = only("Der Umsatz wuchs um 12,5 Prozent.");
        assertThat(german.kind()).isEqualTo(Kind.PERCENT);
        assertThat(german.value()).isEqualTo(12.5);
        assertThat(german.unit()).isEqualTo("%");
        assertThat(only("Revenue grew 12.5 % last year.").value()).isEqualTo(12.5);
        assertThat(only("Azure wuchs um 35% im Jahresvergleich.").value()).isEqualTo(35);
        assertThat(only("Der Anteil stieg um 2 Prozentpunkte.").unit()).isEqualTo("pp");
    }

    @Test
    void counts_take_the_counted_noun_as_their_unit() {
        Figure staff = only("Die Firma beschäftigt 3.000 Mitarbeiter.");
        assertThat(staff.kind()).isEqualTo(Kind.COUNT);
        assertThat(staff.value()).isEqualTo(3000);
        assertThat(staff.unit()).isEqualTo("mitarbeiter");
        assertThat(only("Die App hat zwei Millionen Nutzer.").value()).isEqualTo(2e6);
        assertThat(only("Die App hat zwei Millionen Nutzer.").unit()).isEqualTo("nutzer");
        assertThat(only("Das Fest hatte über 126.000 Teilnehmern an einem Tag.").unit()).isEqualTo("teilnehmer");
        assertThat(only("Das Werk schafft 3.000 neue Stellen.").unit()).isEqualTo("stellen");
        assertThat(only("The company has 2,500 employees.").value()).isEqualTo(2500);
        assertThat(only("Nach eigenen Angaben 300 Mitarbeiter.").value()).isEqualTo(300);
    }

    @Test
    void years_and_days_are_dates_as_day_intervals() {
        Figure year = only("Das Gesetz trat 2023 in Kraft.");
        assertThat(year.kind()).isEqualTo(Kind.DATE);
        assertThat(year.low()).isEqualTo(LocalDate.of(2023, 1, 1).toEpochDay());
        assertThat(year.high()).isEqualTo(LocalDate.of(2023, 12, 31).toEpochDay());
        Figure day = only("Die Analyse vom 15. September 2024 liegt vor.");
        assertThat(day.value()).isEqualTo(LocalDate.of(2024, 9, 15).toEpochDay());
        assertThat(day.surface()).isEqualTo("15. September 2024");
        Figure month = only("Microsoft kündigte im Januar 2023 eine Partnerschaft an.");
        assertThat(month.low()).isEqualTo(LocalDate.of(2023, 1, 1).toEpochDay());
        assertThat(month.high()).isEqualTo(LocalDate.of(2023, 1, 31).toEpochDay());
        assertThat(month.disagreesWith(year)).isFalse();
        assertThat(only("It was signed on September 15, 2024.").value())
                .isEqualTo(LocalDate.of(2024, 9, 15).toEpochDay());
        assertThat(only("Das gilt bis 2030.").qualifier()).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void no_figure_in_names_ordinals_vague_amounts_or_a_day_without_year() {
        assertThat(FigureExtractor.extract("Modelle wie GPT-4 und Office 365-Tools laufen in Q4/2024.")).isEmpty();
        assertThat(FigureExtractor.extract("Im 4. Quartal stieg der Kurs deutlich.")).isEmpty();
        assertThat(FigureExtractor.extract("Microsoft steckt Milliarden in Tausende Projekte.")).isEmpty();
        assertThat(FigureExtractor.extract("Die 80-Milliarden-Wette geht weiter.")).isEmpty();
        assertThat(FigureExtractor.extract("Die Analyse vom 15. September liefert die Antwort.")).isEmpty();
        assertThat(FigureExtractor.extract("Microsoft 365 Copilot hilft dabei.")).isEmpty();
        assertThat(FigureExtractor.extract("Es gab zwei frühere Beteiligungen.")).isEmpty();
    }

    @Test
    void a_year_before_an_amount_is_a_date_and_the_amount_stays_apart() {
        List<Figure> figures = FigureExtractor.extract("Microsoft hat OpenAI bis 2023 13 Milliarden US-Dollar zugesagt.");
        assertThat(figures).extracting(Figure::kind).containsExactly(Kind.DATE, Kind.MONEY);
        assertThat(figures.get(1).value()).isEqualTo(13e9);
        assertThat(FigureExtractor.extract("Es sind 13 Milliarden Euro bis 2030.")).extracting(Figure::kind)
                .containsExactly(Kind.MONEY, Kind.DATE);
    }
}

package nl.inburgering.exam.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.exam.domain.rules.ExamCatalogue;

/**
 * The wording of the letter, one section per language. Kept apart from the layout so that the text can be
 * read (and reviewed by a Dutch speaker) in one place.
 *
 * <p>Dates: Dutch {@code dd-MM-yyyy} (03-03-2026), English {@code d MMMM yyyy} (3 March 2026).
 * Amounts: Dutch {@code € 50,00}, English {@code €50.00}.
 */
final class ResultLetterTexts {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);
    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A titled list of paragraphs. */
    record Section(String heading, List<Paragraph> paragraphs) {
    }

    /** One paragraph; {@code bold} for the "what now" heading, {@code gapBefore} to start a new block. */
    record Paragraph(String text, boolean bold, boolean gapBefore) {
    }

    /** Collects paragraphs; {@link #gap()} puts white space before the next one. */
    private static final class Paragraphs {
        private final List<Paragraph> list = new ArrayList<>();
        private boolean gap;

        void add(String text) {
            list.add(new Paragraph(text, false, gap));
            gap = false;
        }

        void heading(String text) {
            list.add(new Paragraph(text, true, true));
            gap = false;
        }

        void gap() {
            gap = true;
        }
    }

    private ResultLetterTexts() {
    }

    static String title() {
        return "Uitslag examen inburgering / Result of your civic integration exam";
    }

    static Section dutch(ResultLetter l) {
        Paragraphs p = new Paragraphs();
        p.add("Kenmerk: " + l.participantId());
        p.gap();
        p.add(l.participantName() == null ? "Beste kandidaat," : "Beste " + l.participantName() + ",");
        p.gap();
        p.add("Hierbij ontvangt u de uitslag van uw examen.");
        p.gap();
        p.add("Onderdeel: " + ExamCatalogue.dutchName(l.component()) + " (" + l.component().duoCode() + ")");
        p.add("Niveau: " + (l.level() == null ? "geen niveau (" + l.component().duoCode() + " heeft geen niveau)"
                : l.level().name()));
        p.add("Examendatum: " + dutchDate(l.examDate()));
        p.add("Datum uitslag: " + dutchDate(l.resultDate()));
        p.add("Uitslag: " + switch (l.outcome()) {
            case PASSED -> "geslaagd";
            case FAILED -> "niet geslaagd";
            case NO_RESULT -> "geen resultaat (reden: " + dutchReason(l.noResultReason()) + ")";
        });
        if (l.score() != null) {
            p.add("Score: " + l.score());
        }
        p.heading("Wat moet u nu doen?");
        if (l.componentDone()) {
            p.add("U bent geslaagd voor dit onderdeel. U hoeft voor dit onderdeel niets meer te doen.");
        } else if (l.passedBelowRequiredLevel()) {
            p.add("U bent geslaagd op niveau " + l.level() + ". Uw plan (PIP) vraagt voor dit onderdeel niveau "
                    + l.requiredLevel() + ". U moet dit onderdeel dus nog halen op niveau " + l.requiredLevel()
                    + ". U kunt zich daarvoor aanmelden.");
            p.add(dutchPayer(l.nextAttempt()));
        } else {
            p.add("U mag dit examen opnieuw doen. U kunt zich opnieuw aanmelden voor dit onderdeel.");
            p.add(dutchPayer(l.nextAttempt()));
        }
        p.gap();
        p.add("Met vriendelijke groet,");
        p.add("Team Inburgering van uw gemeente");
        return new Section("Nederlands", List.copyOf(p.list));
    }

    static Section english(ResultLetter l) {
        Paragraphs p = new Paragraphs();
        p.add("Reference: " + l.participantId());
        p.gap();
        p.add(l.participantName() == null ? "Dear candidate," : "Dear " + l.participantName() + ",");
        p.gap();
        p.add("This letter gives you the result of your exam.");
        p.gap();
        p.add("Component: " + ExamCatalogue.englishName(l.component()) + " (" + l.component().duoCode() + ")");
        p.add("Level: " + (l.level() == null ? "no level (" + l.component().duoCode() + " has no level)"
                : l.level().name()));
        p.add("Exam date: " + englishDate(l.examDate()));
        p.add("Result date: " + englishDate(l.resultDate()));
        p.add("Result: " + switch (l.outcome()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NO_RESULT -> "no result (reason: " + englishReason(l.noResultReason()) + ")";
        });
        if (l.score() != null) {
            p.add("Score: " + l.score());
        }
        p.heading("What do you need to do now?");
        if (l.componentDone()) {
            p.add("You passed this component. You do not need to do anything more for this component.");
        } else if (l.passedBelowRequiredLevel()) {
            p.add("You passed at level " + l.level() + ". Your plan (PIP) requires level " + l.requiredLevel()
                    + " for this component. So you still need to pass this component at level " + l.requiredLevel()
                    + ". You can register for that exam.");
            p.add(englishPayer(l.nextAttempt()));
        } else {
            p.add("You may take this exam again. You can register again for this component.");
            p.add(englishPayer(l.nextAttempt()));
        }
        p.gap();
        p.add("Kind regards,");
        p.add("The civic integration team of your municipality");
        return new Section("English", List.copyOf(p.list));
    }

    static String dutchPayer(NextAttempt next) {
        if (next.payer() == Payer.MUNICIPALITY) {
            return "De gemeente betaalt uw volgende poging. U heeft nog "
                    + (next.freeAttemptsLeft() == 1 ? "één gratis poging" : next.freeAttemptsLeft() + " gratis pogingen")
                    + " voor dit onderdeel.";
        }
        if (next.freeAttemptsLeft() > 0) {
            // Only when the exam is below the level of the plan (N7, E4).
            return "De gemeente betaalt niet voor een examen onder het niveau van uw plan (PIP). "
                    + "U betaalt de volgende poging op dit niveau zelf: " + dutchEuro(next.feeCents()) + ".";
        }
        return "U heeft geen gratis pogingen voor dit onderdeel. U betaalt de volgende poging zelf: "
                + dutchEuro(next.feeCents()) + ".";
    }

    static String englishPayer(NextAttempt next) {
        if (next.payer() == Payer.MUNICIPALITY) {
            return "The municipality pays for your next attempt. You have "
                    + next.freeAttemptsLeft() + (next.freeAttemptsLeft() == 1 ? " free attempt" : " free attempts")
                    + " left for this component.";
        }
        if (next.freeAttemptsLeft() > 0) {
            return "The municipality does not pay for an exam below the level of your plan (PIP). "
                    + "You pay for the next attempt at this level yourself: " + englishEuro(next.feeCents()) + ".";
        }
        return "You have no free attempts for this component. You pay for the next attempt yourself: "
                + englishEuro(next.feeCents()) + ".";
    }

    static String dutchReason(NoResultReason reason) {
        return switch (reason) {
            case CULPABLE -> "verwijtbaar";
            case NOT_CULPABLE -> "niet verwijtbaar";
            case WITHDRAWN -> "afgemeld";
            case ABSENT -> "afwezig";
        };
    }

    static String englishReason(NoResultReason reason) {
        return switch (reason) {
            case CULPABLE -> "your own fault";
            case NOT_CULPABLE -> "not your fault";
            case WITHDRAWN -> "you withdrew";
            case ABSENT -> "you were absent";
        };
    }

    static String dutchDate(LocalDate date) {
        return DUTCH_DATE.format(date);
    }

    static String englishDate(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    /** {@code 5000} → {@code € 50,00}. */
    static String dutchEuro(long cents) {
        return "€ " + (cents / 100) + "," + twoDigits(cents % 100);
    }

    /** {@code 5000} → {@code €50.00}. */
    static String englishEuro(long cents) {
        return "€" + (cents / 100) + "." + twoDigits(cents % 100);
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}

package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * A passed exam component ({@code exam.result-recorded} with outcome PASSED). Failed attempts and results
 * without outcome do not belong here: they never meet a requirement.
 *
 * @param component  the component
 * @param level      the level passed: required for a language component; ignored for KNM (no level)
 * @param examDate   the day the exam was taken
 * @param resultDate the day the result was recorded; not before the exam date
 */
public record ExamPass(ExamComponent component, LanguageLevel level, LocalDate examDate, LocalDate resultDate) {

    public ExamPass {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(examDate, "examDate");
        Objects.requireNonNull(resultDate, "resultDate");
        if (component.isLanguage() && level == null) {
            throw new IllegalArgumentException("a passed language component has a level");
        }
        if (resultDate.isBefore(examDate)) {
            throw new IllegalArgumentException("the result date may not lie before the exam date");
        }
    }

    /** @return the day this pass counts as met, per {@code moment} */
    public LocalDate metOn(ComplianceMoment moment) {
        return moment == ComplianceMoment.RESULT_DATE ? resultDate : examDate;
    }
}

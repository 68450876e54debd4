package nl.inburgering.pip.domain.rules;

import static nl.inburgering.contracts.vocabulary.TargetGroup.ASYLUM_PERMIT_HOLDER;
import static nl.inburgering.contracts.vocabulary.TargetGroup.FAMILY_OR_OTHER_MIGRANT;
import static nl.inburgering.pip.domain.rules.HoursKind.COURSE;
import static nl.inburgering.pip.domain.rules.HoursKind.INTAKE_LANGUAGE;
import static nl.inburgering.pip.domain.rules.HoursKind.PARTICIPATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ZRouteHours: 800 course hours, plus 800 participation hours for asylum permit holders (N13, N14, §3.3)")
class ZRouteHoursTest {

    static final LocalDate D = LocalDate.of(2024, 6, 1);

    final ZRouteHours hours = new ZRouteHours();

    static HoursEntry entry(HoursKind kind, int daysAfterD, int hours) {
        return new HoursEntry(kind, D.plusDays(daysAfterD), hours);
    }

    @Test
    @DisplayName("defaults: 800 course hours and 800 participation hours for asylum permit holders ([I], configurable)")
    void defaultThresholds_N13_N14() {
        assertThat(ZRouteThresholds.defaults()).isEqualTo(new ZRouteThresholds(800, 800));
        assertThat(hours.thresholds()).isEqualTo(ZRouteThresholds.defaults());
    }

    @Test
    @DisplayName("N13: an asylum permit holder needs 800 course and 800 participation hours; met on the day the last needed hours were followed")
    void asylumPermitHolderNeedsCourseAndParticipationHours_N13() {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 500), entry(PARTICIPATION, 10, 800), entry(COURSE, 20, 300),
                entry(COURSE, 30, 50));
        ZRouteHoursAssessment result = hours.assess(entries, ASYLUM_PERMIT_HOLDER);
        assertThat(result.met()).isTrue();
        assertThat(result.metOn()).isEqualTo(D.plusDays(20));
        assertThat(result.courseHoursCounted()).isEqualTo(850);
        assertThat(result.participationHoursCounted()).isEqualTo(800);
        assertThat(result.participationHoursRequired()).isEqualTo(800);
        assertThat(result.courseHoursOutstanding()).isZero();
    }

    @Test
    @DisplayName("N14: a family or other migrant needs 800 course hours only")
    void familyMigrantNeedsCourseHoursOnly_N14() {
        ZRouteHoursAssessment result = hours.assess(List.of(entry(COURSE, 5, 800)), FAMILY_OR_OTHER_MIGRANT);
        assertThat(result.met()).isTrue();
        assertThat(result.metOn()).isEqualTo(D.plusDays(5));
        assertThat(result.participationHoursRequired()).isZero();
    }

    @Test
    @DisplayName("N13/N14: participation hours count for asylum permit holders only")
    void participationHoursCountOnlyForAsylumPermitHolders_N13_N14() {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 800), entry(PARTICIPATION, 1, 400));

        ZRouteHoursAssessment asylum = hours.assess(entries, ASYLUM_PERMIT_HOLDER);
        assertThat(asylum.participationHoursCounted()).isEqualTo(400);
        assertThat(asylum.participationHoursOutstanding()).isEqualTo(400);
        assertThat(asylum.met()).isFalse();
        assertThat(asylum.metOn()).isNull();

        ZRouteHoursAssessment family = hours.assess(entries, FAMILY_OR_OTHER_MIGRANT);
        assertThat(family.participationHoursCounted()).isZero();
        assertThat(family.hoursNotCounted()).isEqualTo(400);
        assertThat(family.met()).isTrue();
    }

    @ParameterizedTest(name = "{0} course hours: met = {1}")
    @CsvSource({"799, false", "800, true", "801, true"})
    @DisplayName("N14: the course threshold is inclusive")
    void courseThresholdBoundary_N14(int course, boolean met) {
        assertThat(hours.assess(List.of(entry(COURSE, 0, course)), FAMILY_OR_OTHER_MIGRANT).met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} participation hours: met = {1}")
    @CsvSource({"799, false", "800, true"})
    @DisplayName("N13: the participation threshold is inclusive")
    void participationThresholdBoundary_N13(int participation, boolean met) {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 800), entry(PARTICIPATION, 0, participation));
        assertThat(hours.assess(entries, ASYLUM_PERMIT_HOLDER).met()).isEqualTo(met);
    }

    @Test
    @DisplayName("§2.2: language hours of the brede intake never count towards the course hours (GevolgdeUren)")
    void languageHoursOfTheIntakeDoNotCount_GevolgdeUren() {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 799), entry(INTAKE_LANGUAGE, -30, 100));
        ZRouteHoursAssessment result = hours.assess(entries, FAMILY_OR_OTHER_MIGRANT);
        assertThat(result.met()).isFalse();
        assertThat(result.courseHoursCounted()).isEqualTo(799);
        assertThat(result.hoursNotCounted()).isEqualTo(100);
    }

    @Test
    @DisplayName("Besluit 3.14: participation during the brede intake (registered as PARTICIPATION, before the PIP) counts")
    void participationDuringTheIntakeCounts_Besluit_3_14() {
        List<HoursEntry> entries = List.of(entry(PARTICIPATION, -60, 300), entry(PARTICIPATION, 30, 500), entry(COURSE, 10, 800));
        assertThat(hours.assess(entries, ASYLUM_PERMIT_HOLDER).metOn()).isEqualTo(D.plusDays(30));
    }

    @Test
    @DisplayName("intake language hours count as participation only when so configured ([?] N13 wording)")
    void intakeLanguageHoursAsParticipationIsConfigurable() {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 800), entry(PARTICIPATION, 0, 700), entry(INTAKE_LANGUAGE, -5, 100));
        assertThat(hours.assess(entries, ASYLUM_PERMIT_HOLDER).met()).isFalse();

        ZRouteHours counting = new ZRouteHours(ZRouteThresholds.defaults(), true);
        ZRouteHoursAssessment result = counting.assess(entries, ASYLUM_PERMIT_HOLDER);
        assertThat(result.met()).isTrue();
        assertThat(result.courseHoursCounted()).isEqualTo(800);
        assertThat(result.participationHoursCounted()).isEqualTo(800);
        // never for a family migrant, who has no participation requirement
        assertThat(counting.assess(entries, FAMILY_OR_OTHER_MIGRANT).participationHoursCounted()).isZero();
    }

    @Test
    @DisplayName("the thresholds are configurable")
    void thresholdsAreConfigurable() {
        ZRouteHours custom = new ZRouteHours(new ZRouteThresholds(600, 400), false);
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 600), entry(PARTICIPATION, 3, 400));
        assertThat(custom.assess(entries, ASYLUM_PERMIT_HOLDER).met()).isTrue();
        assertThat(hours.assess(entries, ASYLUM_PERMIT_HOLDER).met()).isFalse();
    }

    @ParameterizedTest(name = "cap {0}: required {1}")
    @CsvSource({"0, 0", "300, 300", "800, 800", "1200, 800"})
    @DisplayName("E12: a partial ontheffing caps the participation hours, even at 0")
    void participationCapFromAPartialDispensation_E12(int cap, int required) {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 800), entry(PARTICIPATION, 1, 300));
        ZRouteHoursAssessment result = hours.assess(entries, ASYLUM_PERMIT_HOLDER, cap, null);
        assertThat(result.participationHoursRequired()).isEqualTo(required);
        assertThat(result.met()).isEqualTo(required <= 300);
        if (required == 0) {
            assertThat(result.metOn()).isEqualTo(D);
        }
    }

    @Test
    @DisplayName("as of a day: later hours do not count")
    void hoursAsOfADay() {
        List<HoursEntry> entries = List.of(entry(COURSE, 0, 700), entry(COURSE, 10, 100));
        assertThat(hours.assess(entries, FAMILY_OR_OTHER_MIGRANT, null, D.plusDays(9)).met()).isFalse();
        assertThat(hours.assess(entries, FAMILY_OR_OTHER_MIGRANT, null, D.plusDays(10)).met()).isTrue();
    }

    @Test
    @DisplayName("the result does not depend on the order of the entries")
    void orderOfEntriesDoesNotMatter() {
        List<HoursEntry> entries = new ArrayList<>(List.of(entry(COURSE, 3, 200), entry(PARTICIPATION, 1, 500),
                entry(COURSE, 9, 700), entry(INTAKE_LANGUAGE, 0, 40), entry(PARTICIPATION, 12, 300), entry(COURSE, 2, 10)));
        ZRouteHoursAssessment expected = hours.assess(entries, ASYLUM_PERMIT_HOLDER);
        assertThat(expected.metOn()).isEqualTo(D.plusDays(12));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(entries, random);
            assertThat(hours.assess(entries, ASYLUM_PERMIT_HOLDER)).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("hours are 0–9999 per entry (DUO's bounds)")
    void hoursBounds() {
        assertThatThrownBy(() -> new HoursEntry(COURSE, D, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoursEntry(COURSE, D, 10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hours.assess(List.of(), ASYLUM_PERMIT_HOLDER, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

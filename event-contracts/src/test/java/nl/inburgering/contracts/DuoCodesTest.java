package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

/** Issue 8 items 4, 10: our vocabulary against DUO's enums (Inburgeringsplicht, Vrijstelling, Ontheffing APIs). */
class DuoCodesTest {

    /** DUO Inburgeringsplicht API, RedenGeenInburgeringsplicht, verbatim. */
    static final List<String> DUO_REDEN_GEEN_INBURGERINGSPLICHT = List.of("Volledige ontheffing",
            "Volledige vrijstelling", "Inburgeringsplicht voldaan", "Verblijfsdoel gewijzigd",
            "Vertrek uit Nederland langer dan een jaar", "Overlijden", "Overig", "Tijdelijke vrijstelling");

    @Test
    void everyObligationEndReasonHasADuoCodeThatMapsBack_RedenGeenInburgeringsplicht() {
        for (ObligationEndReason reason : ObligationEndReason.values()) {
            assertThat(DUO_REDEN_GEEN_INBURGERINGSPLICHT).contains(reason.duoCode());
            assertThat(ObligationEndReason.fromDuoCode(reason.duoCode())).isPresent();
        }
        assertThat(ObligationEndReason.fromDuoCode("Verblijfsdoel gewijzigd"))
                .contains(ObligationEndReason.RESIDENCE_PURPOSE_CHANGED);
        assertThat(ObligationEndReason.NATURALISED.duoCode()).isEqualTo("Overig");
    }

    @Test
    void duoReasonsThatAreOtherFactsAreNoObligationEnd_E14() {
        for (String code : DUO_REDEN_GEEN_INBURGERINGSPLICHT) {
            Optional<ObligationEndReason> reason = ObligationEndReason.fromDuoCode(code);
            boolean otherFact = code.startsWith("Volledige") || code.equals("Inburgeringsplicht voldaan")
                    || code.equals("Tijdelijke vrijstelling");
            assertThat(reason.isEmpty()).as(code).isEqualTo(otherFact);
        }
        assertThatThrownBy(() -> ObligationEndReason.fromDuoCode("Genaturaliseerd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exemptionGroundsAreDuosCodesEachWithItsKindAndScopes_RedenVrijstelling_Ontheffingsgrond() {
        assertThat(Arrays.stream(ExemptionGround.values()).filter(g -> g.kind() == ExemptionKind.VRIJSTELLING)
                .map(Enum::name)).containsExactly("AVI", "DIP", "DOC", "GED", "INB", "INS", "OPL");
        assertThat(Arrays.stream(ExemptionGround.values()).filter(g -> g.kind() == ExemptionKind.ONTHEFFING)
                .map(Enum::name)).containsExactly("BIO", "MED");
        for (ExemptionGround g : ExemptionGround.values()) {
            assertThat(g.scopes()).isNotEmpty();
            if (g.kind() == ExemptionKind.ONTHEFFING) {
                assertThat(g.allows(ExemptionScope.TEMPORARY)).as("no temporary ontheffing").isFalse();
            }
        }
        assertThat(ExemptionGround.GED.scopes()).containsExactly(ExemptionScope.PARTIAL);
        assertThat(ExemptionGround.INS.scopes()).containsExactly(ExemptionScope.TEMPORARY);
    }

    @Test
    void rightsAfterChangeAreDuosFourValues_AsielrechtenWijzigingVerblijfsdoel() {
        assertThat(Arrays.stream(RightsAfterChange.values()).map(RightsAfterChange::duoCode)).containsExactly(
                "Asielrechten toegekend", "Behoud asielrechten",
                "Op verzoek behoud rechten van gezins- en overige migrant",
                "Op verzoek rechten van gezins- en overige migrant toegekend");
        assertThat(RightsAfterChange.fromDuoCode("Behoud asielrechten").asylumRights()).isTrue();
        assertThat(RightsAfterChange.defaultFor(TargetGroup.FAMILY_OR_OTHER_MIGRANT).asylumRights()).isFalse();
        assertThat(RightsAfterChange.defaultFor(TargetGroup.ASYLUM_PERMIT_HOLDER).asylumRights()).isTrue();
    }
}

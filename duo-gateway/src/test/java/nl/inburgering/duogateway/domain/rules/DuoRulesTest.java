package nl.inburgering.duogateway.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The translation rules between DUO's documents and ours, each named after the DUO rule it follows. */
class DuoRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @ParameterizedTest(name = "Doelgroepindeling {0} is {1}")
    @CsvSource({"Asielstatushouder,ASYLUM_PERMIT_HOLDER", "Gezinsmigrant en overige migrant,FAMILY_OR_OTHER_MIGRANT"})
    void inburgeringsplichtDoelgroepindelingIsOurTargetGroup(String indeling, TargetGroup group) {
        assertThat(DuoCodes.targetGroup(indeling)).isEqualTo(group);
    }

    @Test
    void aDoelgroepindelingDuoDoesNotDefineIsRefused() {
        assertThatThrownBy(() -> DuoCodes.targetGroup("Overig")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapPvtZrouteVerwijtbaarIsJaForCulpable_NeeForNotCulpable_absentWhenNotAssessed() {
        assertThat(DuoCodes.verwijtbaar(true)).contains("Ja");
        assertThat(DuoCodes.verwijtbaar(false)).contains("Nee");
        assertThat(DuoCodes.verwijtbaar(null)).isEmpty();
    }

    @Test
    void inburgeringsplichtEinddatumIsInclusive_soTheObligationEndsTheDayAfter() {
        assertThat(DuoCodes.endedOn(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(DuoCodes.endedOn(LocalDate.of(2028, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest(name = "{0} with reden ''{1}'' ends as {2}")
    @CsvSource(value = {"SS110|Vertrek uit Nederland langer dan een jaar|LEFT_COUNTRY", "SS110|Overlijden|DECEASED",
            "SS110|Verblijfsdoel gewijzigd|RESIDENCE_PURPOSE_CHANGED", "SS110|Overig|OTHER", "SS110||OTHER",
            "SS111||DECEASED"}, delimiter = '|')
    void ss110AndSs111EndTheObligationForDuosReason(String code, String reden, ObligationEndReason expected) {
        assertThat(DuoCodes.obligationEndReason(code, reden)).contains(expected);
    }

    @ParameterizedTest(name = "reden ''{0}'' is another fact here")
    @CsvSource({"Inburgeringsplicht voldaan", "Volledige vrijstelling", "Volledige ontheffing", "Tijdelijke vrijstelling"})
    void aReasonThatIsAnotherFactHereEndsNothing(String reden) {
        assertThat(DuoCodes.obligationEndReason("SS110", reden)).isEmpty();
    }

    @Test
    void theBrpsNumericMunicipalityCodeIsTheCbsCode() {
        assertThat(DuoCodes.municipalityCode("0363")).contains("GM0363");
        assertThat(DuoCodes.municipalityCode(null)).isEmpty();
        assertThat(DuoCodes.municipalityCode("363")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"SS101,NEW_OBLIGATION", "SS128,NEW_OBLIGATION", "SS139,NEW_OBLIGATION", "SS120,MOVE", "SS121,MOVE",
            "SS124,TARGET_GROUP", "SS125,TARGET_GROUP", "SS110,OBLIGATION_ENDED", "SS111,OBLIGATION_ENDED",
            "SS199,EXAM_RESULT", "SS102,TERM", "SS103,TERM", "SS104,TERM", "SS107,EXEMPTION", "SS108,EXEMPTION",
            "SS109,EXEMPTION", "SS117,EXEMPTION", "SS119,EXEMPTION", "SS106,RECORDED_ONLY", "SS112,RECORDED_ONLY",
            "SS129,RECORDED_ONLY", "SS141,RECORDED_ONLY", "X1,RECORDED_ONLY"})
    void gebeurtenissenAreActedOnByGroup(String code, EventCodes group) {
        assertThat(EventCodes.of(code)).isEqualTo(group);
    }

    @Test
    void everyExemptionCodeNamesItsDuoMember() {
        assertThat(EventCodes.EXEMPTIONS.keySet()).isEqualTo(EventCodes.EXEMPTION.codes());
    }

    @ParameterizedTest(name = "{0} {1} means already so: {2}")
    @CsvSource({"MOVE,E10,true", "TARGET_GROUP,E11,true", "OBLIGATION_ENDED,E14,true", "EXAM_RESULT,§4,true",
            "MOVE,E11,false", "TARGET_GROUP,FACT-NOT-IN-FUTURE,false", "EXAM_RESULT,DUO-EXAMEN-2,false",
            "NEW_OBLIGATION,WI2021-SCOPE,false"})
    void aRefusalThatMeansTheFactIsAlreadySoHereIsNoConflict(EventCodes group, String rule, boolean alreadySo) {
        assertThat(EventCodes.alreadySo(group, rule)).isEqualTo(alreadySo);
    }

    @ParameterizedTest(name = "DUO {0}: {1}")
    @CsvSource({"400,PERMANENT", "403,PERMANENT", "401,RETRY", "404,RETRY", "500,RETRY", "503,RETRY"})
    void duosAnswersDecideRetryOrOperator(int status, FailureKind kind) {
        assertThat(FailureKind.ofDuo(status)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "ours {0}: {1}")
    @CsvSource({"400,PERMANENT", "409,PERMANENT", "422,PERMANENT", "401,RETRY", "403,RETRY", "404,RETRY",
            "412,RETRY", "500,RETRY", "503,RETRY"})
    void ourServicesAnswersDecideRetryOrOperator(int status, FailureKind kind) {
        assertThat(FailureKind.ofOurs(status)).isEqualTo(kind);
    }

    @Test
    void backoffDoublesFromTheFirstWaitUpToTheMaximum_andGivesUpAfterTheLastAttempt() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 5);
        assertThat(List.of(b.after(1), b.after(2), b.after(3), b.after(4), b.after(5), b.after(40)))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(b.exhausted(4)).isFalse();
        assertThat(b.exhausted(5)).isTrue();
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pipApiRegistersRouteAndDagtekening_niveauOnlyAsPipServicesDuoLevel_theIndicatorsWhereSet() throws Exception {
        assertThat(DuoPip.of(json("{\"dateOfIssue\":\"2026-02-01\",\"route\":\"B1\",\"duoLevel\":\"A2\","
                + "\"estimatedB1Intensity\":900,\"literacyIndicator\":\"AA\",\"mayFinishCurrentCourse\":true}")).toString())
                .isEqualTo("{\"dagtekeningPip\":\"2026-02-01\",\"leerroute\":\"B\",\"niveau\":\"A2\","
                        + "\"geschatteIntensiteitB1Route\":900,\"indicatorMagOpleidingAfmaken\":true,"
                        + "\"indicatorAlfabetiseringsonderwijs\":\"AA\"}");
        // DUO-PIP-4: the Onderwijsroute's B2 and the Z-route's A1 are no NiveauPip; pip-service leaves duoLevel out.
        assertThat(DuoPip.of(json("{\"dateOfIssue\":\"2026-02-01\",\"route\":\"EDUCATION\",\"level\":\"B2\"}"))
                .toString()).isEqualTo("{\"dagtekeningPip\":\"2026-02-01\",\"leerroute\":\"O\","
                        + "\"indicatorMagOpleidingAfmaken\":false}");
        assertThat(DuoPip.of(json("{\"dateOfIssue\":\"2026-02-01\",\"route\":\"SELF_SUFFICIENCY\"}")).path("leerroute")
                .asText()).isEqualTo("Z");
    }

    @Test
    void aPutOfMapPvtOrZrouteIsTheWholeResource_withoutADateItWithdrawsIt() {
        assertThat(ModuleResults.map(LocalDate.of(2026, 5, 1), true).toString())
                .isEqualTo("{\"datumEindgesprekMap\":\"2026-05-01\",\"verwijtbaar\":\"Ja\"}");
        assertThat(ModuleResults.map(null, true).toString()).isEqualTo("{}");
        assertThat(ModuleResults.pvt(LocalDate.of(2026, 5, 1), null).toString())
                .isEqualTo("{\"datumOndertekeningPvt\":\"2026-05-01\"}");
        assertThat(ModuleResults.zroute(LocalDate.of(2026, 6, 1)).toString())
                .isEqualTo("{\"datumAfrondingZroute\":\"2026-06-01\"}");
        assertThat(ModuleResults.zroute(null).toString()).isEqualTo("{}");
    }

    @Test
    void vrijstellingAndOntheffingGrantsBecomeOurExemptionDecisions_refusalsDoNot() throws Exception {
        LocalDate notified = LocalDate.of(2026, 3, 2);
        JsonNode vrijstellingen = json("[{\"TijdelijkeVrijstelling\":{\"reden\":\"INS\",\"oordeel\":\"Toekenning\","
                + "\"startdatum\":\"2026-03-01\",\"einddatum\":\"2026-08-31\",\"datumOordeel\":\"2026-02-20\"}},"
                + "{\"TijdelijkeVrijstelling\":{\"reden\":\"OPL\",\"oordeel\":\"Afwijzing\"}},"
                + "{\"GeheleVrijstelling\":{\"reden\":\"DIP\",\"oordeel\":\"Toekenning\"}}]");
        assertThat(ExemptionMapping.decisions(vrijstellingen, EventCodes.EXEMPTIONS.get("SS109"), notified).toString())
                .isEqualTo("[{\"kind\":\"VRIJSTELLING\",\"ground\":\"INS\",\"scope\":\"TEMPORARY\",\"decidedOn\":"
                        + "\"2026-02-20\",\"validFrom\":\"2026-03-01\",\"validUntil\":\"2026-08-31\"}]");
        // Vrijstelling's datumOordeel is optional: the day DUO notified stands in.
        assertThat(ExemptionMapping.decisions(vrijstellingen, EventCodes.EXEMPTIONS.get("SS107"), notified).toString())
                .isEqualTo("[{\"kind\":\"VRIJSTELLING\",\"ground\":\"DIP\",\"scope\":\"FULL\",\"decidedOn\":"
                        + "\"2026-03-02\",\"validFrom\":\"2026-03-02\"}]");
        JsonNode ontheffingen = json("[{\"GeheleOntheffing\":{\"grond\":\"BIO\",\"oordeel\":\"Toekenning\","
                + "\"datumOordeel\":\"2026-02-10\"}}]");
        assertThat(ExemptionMapping.decisions(ontheffingen, EventCodes.EXEMPTIONS.get("SS108"), notified).toString())
                .isEqualTo("[{\"kind\":\"ONTHEFFING\",\"ground\":\"BIO\",\"scope\":\"FULL\",\"decidedOn\":"
                        + "\"2026-02-10\",\"validFrom\":\"2026-02-10\"}]");
        assertThat(ExemptionMapping.decisions(ontheffingen, EventCodes.EXEMPTIONS.get("SS119"), notified)).isEmpty();
    }

    @Test
    void aGroundDuosDocumentsDoNotListIsRefused_notSentOn() throws Exception {
        JsonNode odd = json("[{\"GeheleVrijstelling\":{\"reden\":\"XYZ\",\"oordeel\":\"Toekenning\"}}]");
        assertThatThrownBy(() -> ExemptionMapping.decisions(odd, EventCodes.EXEMPTIONS.get("SS107"), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPkiOverheidCertificateNamesTheOinInItsSubjectsSerialNumber() {
        assertThat(nl.inburgering.duogateway.security.ChainPartnerTestAccess.oinOf(
                "CN=DUO M2M, SERIALNUMBER=00000001800866472000, O=Dienst Uitvoering Onderwijs, C=NL"))
                .isEqualTo(Optional.of("00000001800866472000"));
        assertThat(nl.inburgering.duogateway.security.ChainPartnerTestAccess.oinOf("CN=no oin, O=Elsewhere, C=NL"))
                .isEmpty();
        assertThat(nl.inburgering.duogateway.security.ChainPartnerTestAccess.oinOf("SERIALNUMBER=123, C=NL")).isEmpty();
    }

    @ParameterizedTest(name = "{0} hours are {1} for DUO")
    @CsvSource({"0,0", "120,120", "120.75,120", "0.25,0", "9999,9999", "12000,9999"})
    void gevolgdeUrenAreWholeHoursFrom0To9999_aPartOfAnHourIsNotAnHourFollowed(String total, int uren) {
        assertThat(FollowedHours.uren(new java.math.BigDecimal(total))).isEqualTo(uren);
        assertThat(FollowedHours.body(new java.math.BigDecimal(total)).toString()).isEqualTo("{\"uren\":" + uren + "}");
    }
}

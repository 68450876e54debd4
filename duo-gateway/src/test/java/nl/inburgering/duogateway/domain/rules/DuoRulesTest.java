package nl.inburgering.duogateway.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
            "SS129,NEW_OBLIGATION", "SS130,RECORDED_ONLY", "SS141,RECORDED_ONLY", "X1,RECORDED_ONLY"})
    void gebeurtenissenAreActedOnByGroup(String code, EventCodes group) {
        assertThat(EventCodes.of(code)).isEqualTo(group);
    }

    @Test
    void everyExemptionCodeNamesItsDuoMember() {
        assertThat(EventCodes.EXEMPTIONS.keySet()).isEqualTo(EventCodes.EXEMPTION.codes());
    }

    @ParameterizedTest(name = "{0} {1} means already so: {2}")
    @CsvSource({"MOVE,E10,true", "TARGET_GROUP,E11,true", "OBLIGATION_ENDED,E14,true", "EXAM_RESULT,§4,false",
            "MOVE,E11,false", "TARGET_GROUP,FACT-NOT-IN-FUTURE,false", "EXAM_RESULT,DUO-EXAMEN-2,false",
            "EXAM_RESULT,EXAM-ONE-SITTING-PER-DAY,false",
            "NEW_OBLIGATION,WI2021-SCOPE,false"})
    void aRefusalThatMeansTheFactIsAlreadySoHereIsNoConflict(EventCodes group, String rule, boolean alreadySo) {
        assertThat(EventCodes.alreadySo(group, rule)).isEqualTo(alreadySo);
    }

    @ParameterizedTest(name = "DUO {0}: {1}")
    @CsvSource({"400,PERMANENT", "403,PERMANENT", "404,PERMANENT", "409,PERMANENT", "401,RETRY", "408,RETRY",
            "429,RETRY", "500,RETRY", "502,RETRY", "503,RETRY", "504,RETRY"})
    void review1_duosDefinitiveRefusalsArePermanent_its503AndOther5xxAreRetried(int status, FailureKind kind) {
        assertThat(FailureKind.ofDuo(status)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "ours {0}: {1}")
    @CsvSource({"400,PERMANENT", "403,PERMANENT", "409,PERMANENT", "422,PERMANENT", "401,RETRY", "404,RETRY",
            "408,RETRY", "429,RETRY", "500,RETRY", "503,RETRY"})
    void review1_ourRefusalsArePermanent_anExpiredTokenOrAReplicaNotCaughtUpIsRetried(int status, FailureKind kind) {
        assertThat(FailureKind.ofOurs(status)).isEqualTo(kind);
    }

    @Test
    void review12_duosDataWeCannotMapIsPermanent_noAnswerOrTheDatabaseAwayIsRetried() {
        assertThat(FailureKind.of(new IllegalArgumentException("unknown DUO code"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new java.time.format.DateTimeParseException("bad", "x", 0)))
                .isEqualTo(FailureKind.PERMANENT);
        assertThat(FailureKind.of(new java.util.concurrent.TimeoutException())).isEqualTo(FailureKind.RETRY);
        assertThat(FailureKind.of(new java.net.ConnectException())).isEqualTo(FailureKind.RETRY);
        assertThat(FailureKind.of(new IllegalStateException("pool closed"))).isEqualTo(FailureKind.RETRY);
    }

    @Test
    void review1_backoffDoublesUpToAnHour_andTransientFailuresAreRetriedForTheWholeWindow() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofDays(3));
        assertThat(List.of(b.after(1), b.after(2), b.after(3), b.after(11), b.after(12), b.after(500)))
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(2048), Duration.ofHours(1), Duration.ofHours(1));
        java.time.Instant queued = java.time.Instant.parse("2026-03-06T17:00:00Z");
        // A DUO maintenance weekend: still retried on Monday morning, given up after the window.
        assertThat(b.exhausted(queued, queued.plus(Duration.ofHours(63)))).isFalse();
        assertThat(b.exhausted(queued, queued.plus(Duration.ofDays(3)))).isTrue();
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofDays(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void review6_duosFouttekstLosesTheBsnItWasAbout_andAnyOtherNineDigits() {
        assertThat(DuoTexts.withoutBsn("[Persoon 999990068 heeft geen PIP, zie bsn999990068 en 123456782]", "999990068"))
                .isEqualTo("[Persoon ********* heeft geen PIP, zie bsn********* en *********]");
        assertThat(DuoTexts.withoutBsn(null, "999990068")).isNull();
    }

    @Test
    void review3_aPipDuoHasFromUsAlreadyIsNotRegisteredAgain_anotherOrAnotherMunicipalitysIs() throws Exception {
        var pip = (com.fasterxml.jackson.databind.node.ObjectNode) json("{\"dagtekeningPip\":\"2026-02-01\","
                + "\"leerroute\":\"B\",\"indicatorMagOpleidingAfmaken\":false}");
        assertThat(DuoPip.registeredAlready(200, json("{\"gemeentecode\":\"0363\",\"pip\":" + pip + "}"), "0363", pip))
                .isTrue();
        assertThat(DuoPip.registeredAlready(200, json("{\"gemeentecode\":\"0599\",\"pip\":" + pip + "}"), "0363", pip))
                .isFalse();
        assertThat(DuoPip.registeredAlready(200, json("{\"gemeentecode\":\"0363\",\"pip\":{\"dagtekeningPip\":"
                + "\"2025-02-01\",\"leerroute\":\"B\",\"indicatorMagOpleidingAfmaken\":false}}"), "0363", pip)).isFalse();
        assertThat(DuoPip.registeredAlready(404, json("{}"), "0363", pip)).isFalse();
    }

    @Test
    void review13_duosExtensionIsItsLastChangeInTheHistory_neverMoreThanDuosEndOutlastsOurs() throws Exception {
        LocalDate duoEnd = LocalDate.of(2029, 8, 2);
        // Our term started a month later than DUO's (from our PIP): the ends differ by the start too.
        LocalDate ourEnd = LocalDate.of(2029, 3, 2);
        JsonNode history = json("[{\"einddatum\":\"2029-08-02\",\"wijzigingsdatum\":\"2026-03-01\"},"
                + "{\"einddatum\":\"2029-02-02\",\"wijzigingsdatum\":\"2026-02-02\"}]");
        assertThat(TermHistory.extensionDays(history, duoEnd, ourEnd)).as("the 181 days DUO granted, not the 153 "
                + "between the ends").isEqualTo(181);
        // Without an earlier end in DUO's history: the difference of the ends, nothing when ours ends as late.
        assertThat(TermHistory.extensionDays(json("[]"), duoEnd, LocalDate.of(2029, 2, 2))).isEqualTo(181);
        assertThat(TermHistory.extensionDays(json("[{\"einddatum\":\"2029-08-02\"}]"), duoEnd,
                LocalDate.of(2029, 9, 2))).isNegative();
    }

    @Test
    void review5_anExemptionsKeyIsDuosEntry_theSameEntryListedAgainHasTheSameKey() throws Exception {
        UUID id = UUID.randomUUID();
        var source = EventCodes.EXEMPTIONS.get("SS107");
        JsonNode entry = json("{\"reden\":\"DIP\",\"oordeel\":\"Toekenning\"}");
        JsonNode sameOtherOrder = json("{\"oordeel\":\"Toekenning\",\"reden\":\"DIP\"}");
        assertThat(ExemptionMapping.key(id, entry, source)).isEqualTo(ExemptionMapping.key(id, sameOtherOrder, source));
        assertThat(ExemptionMapping.key(id, entry, source)).isNotEqualTo(ExemptionMapping.key(UUID.randomUUID(), entry,
                source));
        // The mapped body differs by the notification's date (DUO gave no datumOordeel); the key does not.
        assertThat(ExemptionMapping.decision(entry, source, LocalDate.of(2026, 3, 2)))
                .isNotEqualTo(ExemptionMapping.decision(entry, source, LocalDate.of(2026, 4, 2)));
    }

    @Test
    void review12_whatDeadlineServiceCannotRecordIsRefusedHere_aTemporaryOneWithoutEnd_anHoursOnlyPartialOntheffing()
            throws Exception {
        assertThatThrownBy(() -> ExemptionMapping.decision(json("{\"reden\":\"INS\",\"oordeel\":\"Toekenning\","
                + "\"startdatum\":\"2026-03-01\"}"), EventCodes.EXEMPTIONS.get("SS109"), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("einddatum");
        assertThatThrownBy(() -> ExemptionMapping.decision(json("{\"grond\":\"MED\",\"oordeel\":\"Toekenning\","
                + "\"urenBelastbaarheidParticipatieactiviteit\":200}"), EventCodes.EXEMPTIONS.get("SS119"), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("examenonderdeel");
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

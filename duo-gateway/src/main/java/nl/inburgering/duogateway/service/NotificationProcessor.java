package nl.inburgering.duogateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.duogateway.config.GatewayConfig;
import nl.inburgering.duogateway.domain.ExchangeFailed;
import nl.inburgering.duogateway.domain.Task;
import nl.inburgering.duogateway.domain.TaskOutcome;
import nl.inburgering.duogateway.domain.TaskOutcome.Done;
import nl.inburgering.duogateway.domain.rules.DuoCodes;
import nl.inburgering.duogateway.domain.rules.EventCodes;
import nl.inburgering.duogateway.domain.rules.ExemptionMapping;
import nl.inburgering.duogateway.domain.rules.FailureKind;
import nl.inburgering.duogateway.domain.rules.TermHistory;
import nl.inburgering.duogateway.service.OurServices.Service;
import nl.inburgering.kit.privacy.BsnCipher;

/**
 * What a DUO notification changes here, per event code (issue 13 item 2, rules §10): DUO's notification says only
 * that something happened to a BSN; the gateway asks DUO what (Inburgeringsplicht, Examen, Inburgeringstermijn,
 * Vrijstelling, Ontheffing), asks the BRP what a registration needs besides, and tells our services as DUO would.
 * Every command carries DUO's berichtId (or a key derived from DUO's data) as its Idempotency-Key, so a notification
 * processed again after a crash, or sent twice, takes effect once.
 */
@ApplicationScoped
public class NotificationProcessor {

    static final String OBJECT = "notification";

    @Inject
    DuoClient duo;

    @Inject
    OurServices ours;

    @Inject
    BrpClient brp;

    @Inject
    GatewayConfig config;

    @Inject
    BsnCipher cipher;

    @Inject
    Clock clock;

    /** The notification's facts besides the BSN, as stored with the task. */
    record Notice(String code, LocalDate notifiedOn, UUID berichtId) {
    }

    public Uni<TaskOutcome> process(Task task) {
        JsonNode payload = ours.read(task.payload());
        Notice notice = new Notice(task.kind(),
                OffsetDateTime.parse(payload.path("registratieDatumTijd").asText()).atZoneSameInstant(clock.getZone())
                        .toLocalDate(), task.berichtId());
        EventCodes group = EventCodes.of(notice.code());
        if (group == EventCodes.RECORDED_ONLY) {
            return Uni.createFrom().item(new Done("recorded only: " + notice.code() + " changes nothing here"));
        }
        if (task.bsnEncrypted() == null) {
            // DUO's APIs are keyed by BSN; a notification with only a vNummer cannot be looked up.
            return Uni.createFrom().item(new TaskOutcome.Dead(notice.code() + " without a BSN: DUO's APIs need one"));
        }
        String bsn = cipher.decrypt(task.bsnEncrypted());
        Uni<TaskOutcome> work = switch (group) {
            case NEW_OBLIGATION -> newObligation(notice, bsn);
            case MOVE -> move(notice, bsn);
            case TARGET_GROUP -> targetGroup(notice, bsn);
            case OBLIGATION_ENDED -> obligationEnded(notice, bsn);
            case EXAM_RESULT -> examResults(notice, bsn);
            case TERM -> term(notice, bsn);
            case EXEMPTION -> exemptions(notice, bsn);
            case RECORDED_ONLY -> throw new IllegalStateException("handled above");
        };
        return work;
    }

    /** SS101, SS128, SS139: register the participant unless pip-service knows the BSN already. */
    Uni<TaskOutcome> newObligation(Notice notice, String bsn) {
        return ours.participantWithBsn(bsn).chain(found -> found.isPresent()
                ? Uni.createFrom().item(new Done(notice.code() + ": registered already", found.get()))
                : register(notice, bsn, false));
    }

    /**
     * The registration of a person DUO obliges (DUO Inburgeringsplicht: begindatum, datumKennisgeving; Doelgroep:
     * indeling) with what the BRP holds (name, birth date, registration date, municipality). DUO's
     * datumKennisgevingInburgeringsplicht is optional in its document: without it, the day DUO notified us stands in.
     * With {@code bringTerm} (SS121) DUO's running Inburgeringstermijn comes along (E10: the term never restarts).
     */
    Uni<TaskOutcome> register(Notice notice, String bsn, boolean bringTerm) {
        return duoJson(DuoClient.INBURGERINGSPLICHT, bsn, notice).chain(plicht -> {
            if (!plicht.path("indicatorInburgeringsplicht").asBoolean(false)) {
                return Uni.createFrom().item(new Done(notice.code() + ": DUO says not inburgeringsplichtig, nothing "
                        + "registered"));
            }
            return duoJson(DuoClient.DOELGROEP, bsn, notice).chain(doelgroep -> brp.person(bsn, notice.berichtId()).chain(person -> {
                if (person.isEmpty() || person.get().dateOfBirth() == null || person.get().registeredOn() == null) {
                    throw new ExchangeFailed(FailureKind.RETRY, "the BRP does not know the person (yet)");
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("bsn", bsn);
                body.put("name", person.get().name());
                body.put("dateOfBirth", person.get().dateOfBirth());
                body.put("targetGroup", DuoCodes.targetGroup(doelgroep.path("indeling").asText()));
                // DUO notified this municipality (its OIN is the doel), and a person in a COA is linked to it while
                // the BRP registers them in the COA's: the registration is ours, whatever the BRP's municipality.
                body.put("municipalityCode", config.municipality().code());
                body.put("obligationStartDate", plicht.path("begindatum").asText());
                body.put("notificationDate", plicht.hasNonNull("datumKennisgevingInburgeringsplicht")
                        ? plicht.path("datumKennisgevingInburgeringsplicht").asText() : notice.notifiedOn().toString());
                body.put("municipalityRegistrationDate", person.get().registeredOn());
                Uni<Optional<JsonNode>> term = bringTerm ? runningTerm(bsn, notice) : Uni.createFrom().item(Optional.empty());
                return term.chain(t -> {
                    t.ifPresent(running -> body.put("runningTerm", Map.of("startDate", running.path("startdatum").asText(),
                            "endDate", running.path("einddatum").asText())));
                    return ours.call(Service.PIP, HttpMethod.POST, "/v1/participants", body, notice.berichtId().toString());
                }).chain(answer -> {
                    if (ours.ruleOf(answer).filter("BSN-UNIQUE"::equals).isPresent()) {
                        // registered meanwhile (another notification of the same person): the same fact
                        return ours.participantWithBsn(bsn).map(id -> (TaskOutcome) new Done(notice.code()
                                + ": registered already", id.orElse(null)));
                    }
                    UUID id = UUID.fromString(ours.ok(answer, "pip-service registration").path("id").asText());
                    return Uni.createFrom().item((TaskOutcome) new Done(notice.code() + ": registered " + id
                            + brpElsewhere(person.get()), id));
                });
            }));
        });
    }

    private Uni<Optional<JsonNode>> runningTerm(String bsn, Notice notice) {
        return duo.call(DuoClient.INBURGERINGSTERMIJN, bsn, null, OBJECT, notice.berichtId()).map(answer -> {
            if (answer.status() == 404) {
                return Optional.<JsonNode>empty();
            }
            return Optional.of(duoOk(answer, DuoClient.INBURGERINGSTERMIJN));
        });
    }

    /** SS120, SS121: the person settled in this municipality; unknown here: registered (SS121 with DUO's term). */
    Uni<TaskOutcome> move(Notice notice, String bsn) {
        return ours.participantWithBsn(bsn).chain(found -> {
            if (found.isEmpty()) {
                return register(notice, bsn, "SS121".equals(notice.code()));
            }
            UUID id = found.get();
            return brp.person(bsn, notice.berichtId()).chain(person -> {
                // DUO notified this municipality that the person settled here: the move is to us (the BRP's
                // municipality can be a COA's), from the BRP's registration date where it has one.
                String to = config.municipality().code();
                LocalDate on = person.map(BrpClient.BrpPerson::registeredOn).orElse(notice.notifiedOn());
                Map<String, Object> body = Map.of("toMunicipalityCode", to, "movedOn", on,
                        "municipalityRegistrationDate", on);
                return ours.call(Service.PIP, HttpMethod.POST, "/v1/participants/" + id + "/moves", body,
                        notice.berichtId().toString()).map(answer -> applied(answer, EventCodes.MOVE, notice,
                        "moved to " + to + person.map(this::brpElsewhere).orElse(""), id));
            });
        });
    }

    /**
     * SS124, SS125: DUO's current Doelgroep (indeling from begindatum) and the rights after the change
     * (asielrechtenWijzigingVerblijfsdoel), when DUO names rights that belong to the new group.
     */
    Uni<TaskOutcome> targetGroup(Notice notice, String bsn) {
        return known(bsn).chain(id -> duoJson(DuoClient.DOELGROEP, bsn, notice).chain(doelgroep -> {
            TargetGroup group = DuoCodes.targetGroup(doelgroep.path("indeling").asText());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("targetGroup", group);
            body.put("effectiveDate", doelgroep.hasNonNull("begindatum") ? doelgroep.path("begindatum").asText()
                    : notice.notifiedOn().toString());
            if (doelgroep.hasNonNull("asielrechtenWijzigingVerblijfsdoel")) {
                RightsAfterChange rights = RightsAfterChange.fromDuoCode(
                        doelgroep.path("asielrechtenWijzigingVerblijfsdoel").asText());
                if (rights.newGroup() == group) {
                    body.put("rightsAfterChange", rights);
                }
            }
            return ours.call(Service.PIP, HttpMethod.POST, "/v1/participants/" + id + "/target-group-changes", body,
                    notice.berichtId().toString()).map(answer -> applied(answer, EventCodes.TARGET_GROUP, notice,
                    "target group " + group, id));
        }));
    }

    /**
     * SS110, SS111: DUO's Inburgeringsplicht gives the reason and the last day ({@code einddatum}, inclusive); without
     * an einddatum the day DUO notified us is taken as the first day without. A reason that is another fact here
     * (voldaan, full exemption) ends nothing: its own notification brings it.
     */
    Uni<TaskOutcome> obligationEnded(Notice notice, String bsn) {
        return ours.participantWithBsn(bsn).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(new Done(notice.code() + ": not registered here, nothing to end"));
            }
            UUID id = found.get();
            return duoJson(DuoClient.INBURGERINGSPLICHT, bsn, notice).chain(plicht -> {
                var reason = DuoCodes.obligationEndReason(notice.code(),
                        plicht.hasNonNull("redenGeenInburgeringsplicht") ? plicht.path("redenGeenInburgeringsplicht").asText() : null);
                if (reason.isEmpty()) {
                    return Uni.createFrom().item(new Done(notice.code() + ": DUO's reason "
                            + plicht.path("redenGeenInburgeringsplicht").asText() + " is another fact here", id));
                }
                LocalDate endedOn = plicht.hasNonNull("einddatum")
                        ? DuoCodes.endedOn(LocalDate.parse(plicht.path("einddatum").asText())) : notice.notifiedOn();
                return ours.call(Service.PIP, HttpMethod.POST, "/v1/participants/" + id + "/obligation-end",
                        Map.of("reason", reason.get(), "endedOn", endedOn), notice.berichtId().toString())
                        .map(answer -> applied(answer, EventCodes.OBLIGATION_ENDED, notice,
                                "obligation ended " + reason.get() + " on " + endedOn, id));
            });
        });
    }

    /**
     * SS199: every result DUO's Examen API lists goes to exam-service as a result of an exam booked elsewhere, with a
     * reference made of DUO's own data (component, date, level), so the results DUO lists again in a later SS199 are
     * answered as known. DUO's Examenresultaat has no result date: the exam date stands in (pip-service judges
     * compliance by the exam date by default).
     */
    Uni<TaskOutcome> examResults(Notice notice, String bsn) {
        return known(bsn).chain(id -> duoJson(DuoClient.EXAMENRESULTATEN, bsn, notice).chain(results -> {
            List<JsonNode> list = new java.util.ArrayList<>();
            results.forEach(list::add);
            // Each result on its own: one DUO corrects, or one that cannot be mapped, does not keep the others out.
            return Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(result -> Uni.createFrom()
                            .deferred(() -> examResult(id, result))
                            .onFailure().recoverWithItem(e -> Item.failed(reference(result), e)))
                    .collect().asList()
                    .map(items -> Item.outcome(notice.code(), "result", items, id));
        }));
    }

    /** One of DUO's results sent to exam-service, and what came of it. */
    private Uni<Item> examResult(UUID id, JsonNode result) {
        Map<String, Object> body = examResult(result);
        String reference = (String) body.get("reference");
        if (LocalDate.parse(result.path("examendatum").asText()).isAfter(LocalDate.now(clock))) {
            return Uni.createFrom().item(Item.ok(reference + ": an exam to come, no result yet"));
        }
        return ours.call(Service.EXAM, HttpMethod.POST, "/v1/participants/" + id + "/results-booked-elsewhere", body,
                null).chain(answer -> {
                    if (answer.ok()) {
                        return Uni.createFrom().item(Item.ok(reference + (answer.status() == 201 ? ": recorded"
                                : ": known already")));
                    }
                    Optional<String> rule = ours.ruleOf(answer);
                    if (rule.filter(EventCodes.EXAM_RESULT_DIFFERS::equals).isPresent()) {
                        // The same exam with another result: DUO corrected it, or two results share component, date
                        // and level. Not ours to choose: flagged for an operator, the others go on.
                        return Uni.createFrom().item(Item.failed(reference, new ExchangeFailed(FailureKind.PERMANENT,
                                "DUO's result differs from the one recorded here (a correction?): an operator decides")));
                    }
                    if (rule.filter(EventCodes.EXAM_REGISTERED_HERE::equals).isPresent()) {
                        return resultOfRegistrationHere(id, body, reference);
                    }
                    throw ours.failure(answer, "exam-service result booked elsewhere");
                });
    }

    /**
     * exam-service refused a result booked elsewhere because the participant has a registration of that component on
     * that day here: the result is that registration's, recorded there by the provider (§4). Known only when that
     * registration has its result; until then the result is DUO's alone and worth waiting for.
     */
    private Uni<Item> resultOfRegistrationHere(UUID id, Map<String, Object> body, String reference) {
        return ours.call(Service.EXAM, HttpMethod.GET, "/v1/participants/" + id + "/exams", null, null).map(answer -> {
            for (JsonNode r : ours.ok(answer, "exam-service exams").path("registrations")) {
                if (r.path("component").asText().equals(String.valueOf(body.get("component")))
                        && r.path("examDate").asText().equals(body.get("examDate")) && r.hasNonNull("result")) {
                    return Item.ok(reference + ": known, the registration here has its result");
                }
            }
            return Item.failed(reference, new ExchangeFailed(FailureKind.RETRY, "registered here, the provider has "
                    + "not recorded the result there yet"));
        });
    }

    private static String reference(JsonNode duo) {
        return "DUO-" + duo.path("onderdeel").asText() + "-" + duo.path("examendatum").asText()
                + (duo.hasNonNull("niveau") ? "-" + duo.path("niveau").asText() : "");
    }

    static Map<String, Object> examResult(JsonNode duo) {
        ExamComponent component = ExamComponent.fromDuoCode(duo.path("onderdeel").asText());
        ExamOutcome outcome = ExamOutcome.fromDuoCode(duo.path("resultaat").asText());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", outcome);
        if (outcome == ExamOutcome.NO_RESULT && duo.hasNonNull("redenGeenResultaat")) {
            result.put("noResultReason", NoResultReason.fromDuoCode(duo.path("redenGeenResultaat").asText()));
        }
        result.put("resultDate", duo.path("examendatum").asText());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("component", component);
        if (component.isLanguage() && duo.hasNonNull("niveau")) {
            body.put("level", duo.path("niveau").asText());
        }
        body.put("examDate", duo.path("examendatum").asText());
        body.put("result", result);
        body.put("reference", reference(duo));
        return body;
    }

    /**
     * SS102, SS103, SS104: DUO's Inburgeringstermijn (einddatum exclusive, N3) against deadline-service's term. An
     * extension (SS103 ambtshalve, SS104 on request) whose end lies after ours is granted there for the difference
     * in days; DUO's verlengingsgrondcode is a free code list, so the ground is OTHER ("DUO's decision stands as
     * sent"). SS102 only checks: our term starts from our PIP, DUO's from the one it registered.
     */
    Uni<TaskOutcome> term(Notice notice, String bsn) {
        return known(bsn).chain(id -> duoJson(DuoClient.INBURGERINGSTERMIJN, bsn, notice).chain(duoTerm ->
                ours.call(Service.DEADLINE, HttpMethod.GET, "/v1/participants/" + id + "/term", null, null)
                        .chain(answer -> {
                            JsonNode ourTerm = ours.ok(answer, "deadline-service term");
                            LocalDate duoEnd = LocalDate.parse(duoTerm.path("einddatum").asText());
                            String duoSays = "DUO's term " + duoTerm.path("startdatum").asText() + ".." + duoEnd;
                            if (!ourTerm.path("started").asBoolean(false)) {
                                if (notice.code().equals("SS102")) {
                                    // SS102 only compares; ours starts from our PIP and is compared once it runs.
                                    return Uni.createFrom().item((TaskOutcome) new Done(notice.code() + ": " + duoSays
                                            + ", ours has not started yet (it starts from our PIP)", id));
                                }
                                throw new ExchangeFailed(FailureKind.RETRY, "our term has not started yet");
                            }
                            LocalDate ourEnd = LocalDate.parse(ourTerm.path("endDateExclusive").asText());
                            String compare = duoSays + ", ours " + ourTerm.path("startDate").asText() + ".." + ourEnd;
                            if (notice.code().equals("SS102")) {
                                return Uni.createFrom().item((TaskOutcome) new Done(notice.code() + ": " + compare, id));
                            }
                            return duo.call(DuoClient.INBURGERINGSTERMIJN_HISTORIE, bsn, null, OBJECT,
                                    notice.berichtId()).chain(history -> extend(notice, id, duoTerm,
                                    history.status() == 404 ? ours.read("[]")
                                            : duoOk(history, DuoClient.INBURGERINGSTERMIJN_HISTORIE), ourEnd, compare));
                        })));
    }

    /**
     * SS103/SS104: the days DUO's last change added (TermHistory: its history's end after against before), so a
     * difference in start dates (ours from our PIP) is never granted as an extension; the difference of the ends only
     * when DUO's history has no earlier end. SS104 decides the request filed here when one is open. The key is DUO's
     * change (its date and end): the same change notified twice, or processed again, is granted once.
     */
    private Uni<TaskOutcome> extend(Notice notice, UUID id, JsonNode duoTerm, JsonNode history, LocalDate ourEnd,
            String compare) {
        LocalDate duoEnd = LocalDate.parse(duoTerm.path("einddatum").asText());
        long days = TermHistory.extensionDays(history, duoEnd, ourEnd);
        if (days <= 0) {
            return Uni.createFrom().item(new Done(notice.code() + ": already so here: " + compare, id));
        }
        LocalDate decided = duoTerm.hasNonNull("wijzigingsdatum")
                ? LocalDate.parse(duoTerm.path("wijzigingsdatum").asText()) : notice.notifiedOn();
        String key = UUID.nameUUIDFromBytes((id + "|term|" + decided + "|" + duoEnd).getBytes(StandardCharsets.UTF_8))
                .toString();
        Uni<Optional<String>> openRequest = notice.code().equals("SS104")
                ? ours.call(Service.DEADLINE, HttpMethod.GET, "/v1/participants/" + id + "/term/extensions", null, null)
                        .map(answer -> {
                            for (JsonNode e : ours.ok(answer, "deadline-service extensions").path("items")) {
                                if ("REQUESTED".equals(e.path("status").asText())) {
                                    return Optional.of(e.path("id").asText());
                                }
                            }
                            return Optional.<String>empty();
                        })
                : Uni.createFrom().item(Optional.empty());
        return openRequest.chain(request -> {
            Map<String, Object> body = new LinkedHashMap<>();
            request.ifPresentOrElse(r -> body.put("requestId", r), () -> body.put("ground", "OTHER"));
            body.put("extraTime", "P" + days + "D");
            body.put("decidedOn", decided);
            if (notice.code().equals("SS104") && request.isEmpty()) {
                body.put("requestedOn", decided); // filed with DUO; DUO does not say when
            }
            return ours.call(Service.DEADLINE, HttpMethod.POST, "/v1/participants/" + id + "/term/extensions", body,
                    key).map(granted -> applied(granted, EventCodes.TERM, notice, "extended by " + days + " days"
                    + request.map(r -> " on the request filed here").orElse("") + ": " + compare, id));
        });
    }

    /**
     * SS107, SS108, SS109, SS117, SS119: every exemption of the kind the code names that DUO granted, to
     * deadline-service; each with a key made of DUO's entry, so one listed again is not recorded twice.
     */
    Uni<TaskOutcome> exemptions(Notice notice, String bsn) {
        EventCodes.ExemptionSource source = EventCodes.EXEMPTIONS.get(notice.code());
        DuoClient.Operation operation = source.api().equals("ontheffingen") ? DuoClient.ONTHEFFINGEN
                : DuoClient.VRIJSTELLINGEN;
        return known(bsn).chain(id -> duoJson(operation, bsn, notice).chain(list -> {
            List<JsonNode> granted = ExemptionMapping.granted(list, source);
            // Each decision on its own, keyed by DUO's own entry (never by our mapping, whose stand-in dates change
            // from one notification to the next), so an exemption DUO lists again is recorded once.
            return Multi.createFrom().iterable(granted).onItem().transformToUniAndConcatenate(entry ->
                            Uni.createFrom().deferred(() -> exemption(id, entry, source, notice))
                                    .onFailure().recoverWithItem(e -> Item.failed(ExemptionMapping.describe(entry,
                                            source), e)))
                    .collect().asList()
                    .map(items -> Item.outcome(notice.code(), source.member(), items, id));
        }));
    }

    private Uni<Item> exemption(UUID id, JsonNode entry, EventCodes.ExemptionSource source, Notice notice) {
        String what = ExemptionMapping.describe(entry, source);
        ObjectNode decision = ExemptionMapping.decision(entry, source, notice.notifiedOn());
        return ours.call(Service.DEADLINE, HttpMethod.POST, "/v1/participants/" + id + "/exemptions", decision,
                ExemptionMapping.key(id, entry, source)).map(answer -> {
                    if (answer.ok()) {
                        return Item.ok(what + ": granted");
                    }
                    Optional<String> rule = ours.ruleOf(answer);
                    if (rule.filter(EventCodes.IDEMPOTENCY_KEY_REUSED::equals).isPresent()) {
                        return Item.ok(what + ": recorded before (DUO's same decision)");
                    }
                    if (rule.filter(EventCodes.EXEMPTION_TEMPORARY_OVERLAP::equals).isPresent()) {
                        return Item.ok(what + ": a temporary exemption recorded here covers these days already");
                    }
                    throw ours.failure(answer, "deadline-service exemption");
                });
    }

    /** What came of one item of a notification that lists several (exam results, exemptions). */
    record Item(String text, FailureKind failure) {

        static Item ok(String text) {
            return new Item(text, null);
        }

        static Item failed(String what, Throwable e) {
            String why = e instanceof ExchangeFailed ? e.getMessage() : e.getClass().getSimpleName() + ": "
                    + e.getMessage();
            return new Item(what + ": " + why, FailureKind.of(e));
        }

        /**
         * The notification's outcome from its items: retried while one failed for now (the others are recorded and
         * known the next time, by their keys), DEAD for an operator when one can never succeed (the others recorded),
         * else done.
         */
        static TaskOutcome outcome(String code, String noun, List<Item> items, UUID id) {
            String text = code + ": " + items.size() + " " + noun + "(s)" + (items.isEmpty() ? ""
                    : ": " + String.join("; ", items.stream().map(Item::text).toList()));
            if (items.stream().anyMatch(i -> i.failure() == FailureKind.RETRY)) {
                throw new ExchangeFailed(FailureKind.RETRY, text);
            }
            if (items.stream().anyMatch(i -> i.failure() == FailureKind.PERMANENT)) {
                return new TaskOutcome.Dead(text);
            }
            return new Done(text, id);
        }
    }

    /** The participant of this BSN; one not registered here yet is worth a retry (its registration may be on its way). */
    private Uni<UUID> known(String bsn) {
        return ours.participantWithBsn(bsn).map(found -> found.orElseThrow(() ->
                new ExchangeFailed(FailureKind.RETRY, "no participant with this BSN here yet")));
    }

    /** The BRP's municipality, as information, when it is not ours (a COA's, or not moved there yet). */
    private String brpElsewhere(BrpClient.BrpPerson person) {
        return DuoCodes.municipalityCode(person.municipality()).filter(c -> !c.equals(config.municipality().code()))
                .map(c -> " (the BRP registers them in " + c + ")").orElse("");
    }

    private TaskOutcome applied(JsonHttp.Answer answer, EventCodes group, Notice notice, String what, UUID id) {
        if (answer.ok()) {
            return new Done(notice.code() + ": " + what, id);
        }
        Optional<String> rule = ours.ruleOf(answer);
        if (rule.filter(EventCodes.IDEMPOTENCY_KEY_REUSED::equals).isPresent()) {
            // The command's key is DUO's fact (berichtId, DUO's change): used before for it, so it is recorded.
            return new Done(notice.code() + ": recorded before under the same key", id);
        }
        if (rule.filter(r -> EventCodes.alreadySo(group, r)).isPresent()) {
            return new Done(notice.code() + ": already so here (rule " + rule.get() + ")", id);
        }
        throw ours.failure(answer, notice.code());
    }

    private Uni<JsonNode> duoJson(DuoClient.Operation operation, String bsn, Notice notice) {
        return duo.call(operation, bsn, null, OBJECT, notice.berichtId()).map(answer -> duoOk(answer, operation));
    }

    private JsonNode duoOk(JsonHttp.Answer answer, DuoClient.Operation operation) {
        if (!answer.ok()) {
            throw new ExchangeFailed(FailureKind.ofDuo(answer.status()), "DUO " + operation.describe() + " answered "
                    + answer.status());
        }
        return ours.read(answer.body());
    }
}

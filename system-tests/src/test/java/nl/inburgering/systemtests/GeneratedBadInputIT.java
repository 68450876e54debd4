package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.systemtests.fuzz.ApiDocument;
import nl.inburgering.systemtests.fuzz.Apis;
import nl.inburgering.systemtests.fuzz.BadInput;
import nl.inburgering.systemtests.fuzz.Case;
import nl.inburgering.systemtests.fuzz.Flood;
import nl.inburgering.systemtests.fuzz.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: generated bad input. For every operation in every service's OpenAPI document, requests generated
 * from its schemas (see {@link BadInput}), sent as a role the operation allows so that the input itself is judged.
 * Every answer: no 5xx, a 4xx problem+json with status and title, no class name or stack trace, within 2 s; a request
 * that is surely wrong is never accepted. The seed is printed; {@code -Dfuzz.seed=N} repeats a run.
 */
class GeneratedBadInputIT {

    static final int MINIMUM_PER_OPERATION = 110;

    static final int IN_FLIGHT = 8;

    static List<ApiDocument> documents;
    static UUID participant;

    @BeforeAll
    static void start() throws Exception {
        SystemUnderTest.get();
        documents = Apis.documents();
        participant = Apis.knownParticipant(documents);
    }

    @Test
    void everyGeneratedBadRequestIsA4xxProblemNeverA5xxNorSlow_issue14item5() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20_211_405L);
        System.out.println("GeneratedBadInputIT seed=" + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        List<String> unbounded = new ArrayList<>();
        int operations = 0;
        for (ApiDocument d : documents) {
            BadInput generator = new BadInput(d, random, Map.of("participantId", participant.toString()));
            for (ApiDocument.Operation op : d.operations()) {
                cases.addAll(generator.cases(op, MINIMUM_PER_OPERATION));
                operations++;
            }
            unbounded.addAll(generator.unboundedFields());
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10_000);

        long start = System.nanoTime();
        List<Flood.Answer> answers = new Flood().send(cases, c -> token(c.operation()), IN_FLIGHT);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        Map<String, List<Flood.Answer>> byService = new LinkedHashMap<>();
        SystemUnderTest.SERVICES.forEach(s -> byService.put(s, new ArrayList<>()));
        Map<String, List<Flood.Answer>> byKind = new TreeMap<>();
        for (Flood.Answer a : answers) {
            byService.get(a.sent().service()).add(a);
            byKind.computeIfAbsent(a.sent().kind(), k -> new ArrayList<>()).add(a);
        }
        System.out.println(Flood.table("Generated bad input: " + answers.size() + " requests, " + operations
                + " operations, " + IN_FLIGHT + " in flight, " + seconds + " s (seed " + seed + ")", byService));
        System.out.println(Flood.table("By kind of bad input", byKind));
        System.out.println("Free-text fields without a declared maxLength (any amount of text is accepted): "
                + unbounded);

        Map<String, List<String>> faults = new TreeMap<>();
        for (Flood.Answer a : answers) {
            String fault = Flood.fault(a);
            if (fault == null && a.sent().mustBeRefused() && a.status() < 400) {
                fault = "accepted (" + a.status() + ") although surely wrong";
            }
            if (fault != null) {
                faults.computeIfAbsent(a.sent().service() + " " + a.sent().operation().name() + " ["
                        + a.sent().kind() + "] " + fault.replaceAll("\\d+ ms", "N ms"), k -> new ArrayList<>())
                        .add(a.sent().category() + " -> " + a.status());
            }
        }
        faults.forEach((k, v) -> System.out.println("FAULT " + k + " x" + v.size() + ": "
                + v.stream().limit(3).collect(Collectors.joining("; "))));
        assertThat(faults).as("generated bad input that got a wrong answer (seed %d)", seed).isEmpty();
    }

    static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token of a role the operation allows, preferring the officer of the participant's municipality. */
    static String token(ApiDocument.Operation op) {
        for (String role : List.of(DevTokens.ROLE_MUNICIPALITY_OFFICER, DevTokens.ROLE_DUO, DevTokens.ROLE_PARTICIPANT,
                DevTokens.ROLE_OPERATOR, DevTokens.ROLE_EXAM_PROVIDER, DevTokens.ROLE_MAP_PROVIDER,
                DevTokens.ROLE_PVT_PROVIDER)) {
            if (op.roles().contains(role)) {
                return TOKENS.computeIfAbsent(role, r -> Tokens.of(r, participant));
            }
        }
        return TOKENS.computeIfAbsent(DevTokens.ROLE_DUO, r -> Tokens.of(r, participant));
    }
}

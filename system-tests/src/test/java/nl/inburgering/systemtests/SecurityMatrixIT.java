package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
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
 * Issue 14 item 5: the security matrix. Every operation of every service, each with a plausible request (its schema's
 * examples) about a participant every service knows, sent with: no token, an expired token, a token signed with a
 * foreign key, an alg=none token, a token of each role, an officer of another municipality and another participant.
 * Where a refusal is due (a broken token: 401; a role the operation does not list: 403; another municipality's officer or
 * another participant on this participant's data: 404 or 403) the answer is that problem, never a 2xx. A refusal due
 * may also be the 400, 412 or 428 that the same request gets from the rightful caller (the request is wrong for anyone,
 * e.g. without its If-Match, so it tells nothing). The participant's things with an address of their own (an exam
 * registration, a PVT session of its municipality) are created first, so their refusals are about something that
 * exists. A granted role's request is sent too, a change about a third participant (a move or an exemption would
 * change who may see the first), except an operator's job (a replay, the daily run), which would act on the other
 * system tests' data.
 */
class SecurityMatrixIT {

    static List<ApiDocument> documents;
    /** Whose data the refusals are about; nothing granted changes it (a move, an obligation's end, an exemption). */
    static UUID participant;
    static UUID otherParticipant;
    /** Where a granted role's change goes (POST, PUT, PATCH, DELETE about a participant). */
    static UUID changedParticipant;

    @BeforeAll
    static void start() throws Exception {
        SystemUnderTest.get();
        documents = Apis.documents();
        participant = Apis.knownParticipant(documents);
        otherParticipant = Apis.knownParticipant(documents);
        changedParticipant = Apis.knownParticipant(documents);
    }

    /** One column of the matrix: a caller, and for an operation the refusal it is due (null: none due, or n/a). */
    record Caller(String name, BiFunction<ApiDocument.Operation, String, String> token, Due due) {
    }

    enum Due { UNAUTHENTICATED, FORBIDDEN, NOT_YOURS, NONE, NOT_APPLICABLE }

    @Test
    void everyRefusalThatIsDueIsGivenAndNoneIsAGrant_issue14item5() throws Exception {
        Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no token", (op, rightful) -> null, Due.UNAUTHENTICATED));
        callers.add(new Caller("expired", (op, rightful) -> cache.computeIfAbsent("expired " + rightful,
                k -> Tokens.expired(rightful, participant)), Due.UNAUTHENTICATED));
        callers.add(new Caller("foreign key", (op, rightful) -> cache.computeIfAbsent("foreign " + rightful,
                k -> Tokens.foreignKey(rightful, participant)), Due.UNAUTHENTICATED));
        callers.add(new Caller("alg=none", (op, rightful) -> Tokens.algNone(rightful, participant),
                Due.UNAUTHENTICATED));
        for (String role : DevTokens.ROLES) {
            callers.add(new Caller(role, (op, rightful) -> cache.computeIfAbsent(role,
                    k -> Tokens.of(role, participant)), null));
        }
        callers.add(new Caller("other municipality", (op, rightful) -> cache.computeIfAbsent("other municipality",
                k -> DevTokens.officer(Tokens.OTHER_MUNICIPALITY)), Due.NOT_YOURS));
        callers.add(new Caller("other participant", (op, rightful) -> cache.computeIfAbsent("other participant",
                k -> DevTokens.participant(otherParticipant)), Due.NOT_YOURS));

        // Things of the participant that have an address of their own, not under /participants/{participantId}
        // (an exam registration, a PVT session of its municipality): created by the rightful caller, so that the
        // refusals of their addresses are refusals of something that exists.
        Map<String, Map<String, String>> known = new LinkedHashMap<>();
        List<Case> creations = new ArrayList<>();
        for (ApiDocument d : documents) {
            known.put(d.service(), new java.util.concurrent.ConcurrentHashMap<>(Map.of("participantId",
                    participant.toString())));
            BadInput plausible = new BadInput(d, new Random(1), known.get(d.service()));
            d.operations().stream().filter(op -> op.method().equals("POST") && op.in("path").isEmpty()
                    && !op.runsAJob() && !op.roles().contains(DevTokens.ROLE_DUO))
                    .forEach(op -> creations.add(plausible.plausibleCase(op)));
        }
        for (Flood.Answer a : new Flood().send(creations, c -> cache.computeIfAbsent(rightfulRole(c.operation()),
                r -> Tokens.of(r, participant)), 4)) {
            if (a.status() == 201 && a.location() != null) {
                ApiDocument d = a.sent().operation().document();
                known.get(d.service()).putAll(d.variablesOf(a.location()));
            }
        }
        System.out.println("SecurityMatrixIT: the participant's things with an address of their own: " + known);

        List<Cell> cells = new ArrayList<>();
        List<Case> rightful = new ArrayList<>();
        for (ApiDocument d : documents) {
            Map<String, String> ids = known.get(d.service());
            BadInput plausible = new BadInput(d, new Random(1), ids);
            Map<String, String> changedIds = new LinkedHashMap<>(ids);
            changedIds.put("participantId", changedParticipant.toString());
            BadInput changes = new BadInput(d, new Random(1), changedIds);
            for (ApiDocument.Operation op : d.operations()) {
                Case c = plausible.plausibleCase(op);
                String rightfulRole = rightfulRole(op);
                if (op.method().equals("GET")) {
                    rightful.add(c);
                } else if (!op.runsAJob()) {
                    rightful.add(changes.plausibleCase(op)); // a change: about the other participant of GM0363
                }
                boolean ours = op.in("path").stream().anyMatch(p -> ids.containsKey(p.name()));
                for (Caller caller : callers) {
                    Due due = due(caller, op, ours);
                    boolean send = due != Due.NOT_APPLICABLE && !(due == Due.NONE && op.runsAJob());
                    Case request = due == Due.NONE && !op.method().equals("GET") ? changes.plausibleCase(op) : c;
                    cells.add(new Cell(op, caller, due, request, rightfulRole, send));
                }
            }
        }
        // what the rightful caller gets for the same request: a 400 there means the request is wrong for anyone
        Map<String, Integer> rightfulStatus = new LinkedHashMap<>();
        for (Flood.Answer a : new Flood().send(rightful, c -> cache.computeIfAbsent(rightfulRole(c.operation()),
                r -> Tokens.of(r, participant)), 4)) {
            rightfulStatus.put(a.sent().operation().service() + " " + a.sent().operation().name(), a.status());
        }
        List<Cell> toSend = cells.stream().filter(Cell::send).toList();
        Map<Case, Cell> byCase = new java.util.IdentityHashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Cell cell : toSend) {
            Case c = cell.request().withHeader("X-Matrix-Cell", "1"); // a distinct object per cell
            byCase.put(c, cell);
            cases.add(c);
        }
        List<Flood.Answer> answers = new Flood().send(cases, c -> byCase.get(c).caller().token()
                .apply(c.operation(), byCase.get(c).rightfulRole()), 8);

        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        callers.forEach(c -> matrix.put(c.name(), new TreeMap<>()));
        for (Cell cell : cells) {
            if (!cell.send()) {
                matrix.get(cell.caller().name()).merge(cell.due() == Due.NOT_APPLICABLE ? "n/a" : "job, not sent", 1,
                        Integer::sum);
            }
        }
        Map<String, List<String>> faults = new TreeMap<>();
        for (Flood.Answer a : answers) {
            Cell cell = byCase.get(a.sent());
            String key = cell.operation().service() + " " + cell.operation().name();
            String outcome = outcome(cell, a, rightfulStatus.get(key));
            matrix.get(cell.caller().name()).merge(outcome, 1, Integer::sum);
            String fault = Flood.fault(a);
            if (outcome.startsWith("WRONG")) {
                fault = outcome + " (" + a.status() + ")";
            }
            if (fault != null) {
                faults.computeIfAbsent(cell.caller().name() + ": " + fault.replaceAll("\\d+ ms", "N ms"),
                        k -> new ArrayList<>()).add(key + " -> " + a.status());
            }
        }
        StringBuilder table = new StringBuilder("\nSecurity matrix: " + cells.size() + " cells ("
                + documents.stream().mapToInt(d -> d.operations().size()).sum() + " operations x " + callers.size()
                + " callers), " + answers.size() + " requests\n");
        matrix.forEach((caller, counts) -> table.append(String.format("%-22s %s%n", caller, counts)));
        System.out.println(table);
        faults.forEach((k, v) -> System.out.println("FAULT " + k + " x" + v.size() + ": "
                + v.stream().limit(4).collect(Collectors.joining("; "))));
        assertThat(faults).as("cells whose answer is wrong").isEmpty();
    }

    record Cell(ApiDocument.Operation operation, Caller caller, Due due, Case request, String rightfulRole,
            boolean send) {
    }

    /** The refusal due to this caller; {@code ours}: the address names the participant or one of its things. */
    static Due due(Caller caller, ApiDocument.Operation op, boolean ours) {
        if (caller.due() == Due.UNAUTHENTICATED) {
            return Due.UNAUTHENTICATED;
        }
        boolean aboutTheParticipant = ours;
        return switch (caller.name()) {
            case "other municipality" -> op.roles().contains(DevTokens.ROLE_MUNICIPALITY_OFFICER) && aboutTheParticipant
                    ? Due.NOT_YOURS : Due.NOT_APPLICABLE;
            case "other participant" -> op.roles().contains(DevTokens.ROLE_PARTICIPANT) && aboutTheParticipant
                    ? Due.NOT_YOURS : Due.NOT_APPLICABLE;
            default -> op.roles().isEmpty() || op.roles().contains(caller.name()) ? Due.NONE : Due.FORBIDDEN;
        };
    }

    /** "refused as due", "granted", or "WRONG: ..." for an answer that breaks the matrix. */
    static String outcome(Cell cell, Flood.Answer a, Integer rightful) {
        int s = a.status();
        switch (cell.due()) {
            case UNAUTHENTICATED:
                return s == 401 ? "401 as due" : "WRONG: not a 401 for a broken or missing token";
            case FORBIDDEN:
                if (s == 403) {
                    return "403 as due";
                }
                return s >= 200 && s < 300 ? "WRONG: granted to a role the operation does not list"
                        : "WRONG: not a 403 for a role the operation does not list";
            case NOT_YOURS:
                if (s == 404 || s == 403) {
                    return s + " as due";
                }
                if ((s == 400 || s == 412 || s == 428) && rightful != null && rightful == s) {
                    return s + ", as for the rightful caller"; // the request is wrong for anyone: it tells nothing
                }
                return s >= 200 && s < 300 ? "WRONG: granted someone else's participant"
                        : "WRONG: neither 403 nor 404 for someone else's participant";
            default:
                return s >= 200 && s < 300 ? "granted" : s >= 500 ? "5xx" : "allowed, " + s;
        }
    }

    static String rightfulRole(ApiDocument.Operation op) {
        for (String role : List.of(DevTokens.ROLE_MUNICIPALITY_OFFICER, DevTokens.ROLE_DUO, DevTokens.ROLE_PARTICIPANT,
                DevTokens.ROLE_OPERATOR, DevTokens.ROLE_EXAM_PROVIDER, DevTokens.ROLE_MAP_PROVIDER,
                DevTokens.ROLE_PVT_PROVIDER)) {
            if (op.roles().contains(role)) {
                return role;
            }
        }
        return DevTokens.ROLE_DUO;
    }
}

package nl.inburgering.localstack;

import nl.inburgering.localstack.DemoPlan.ExamResult;
import nl.inburgering.localstack.DemoPlan.FutureExam;
import nl.inburgering.localstack.DemoPlan.MapProgress;
import nl.inburgering.localstack.DemoPlan.Person;
import nl.inburgering.localstack.DemoPlan.PvtProgress;
import nl.inburgering.localstack.DemoPlan.Route;
import nl.inburgering.localstack.DemoPlan.Stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static nl.inburgering.localstack.DemoHttp.obj;

/**
 * Loads a small demo municipality into a running system ({@code ./run-local --demo}): {@link DemoPlan}'s
 * participants, sent through the services' public REST APIs only, with development tokens ({@link DevTokens}).
 * Re-running it is harmless: a participant whose BSN is registered already (409 BSN-UNIQUE) is left as it is.
 *
 * <pre>
 * java -cp "local-stack/target/classes:$(cat local-stack/target/classes/local-stack/classpath.txt)" \
 *   nl.inburgering.localstack.DemoData [--count 200] [--seed 2021] [--host localhost]
 * </pre>
 *
 * Exit code 0 when every request was answered as the demo expects, 1 otherwise (each failure is printed, without
 * any BSN), 64 for bad arguments.
 */
public final class DemoData {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int THREADS = 4;

    private final DemoHttp http;
    private final LocalDate today;
    private final long seed;
    private final String pip;
    private final String exam;
    private final String map;
    private final String pvt;
    private final String deadline;
    private final String duo = DevTokens.duo();
    private final String operator = DevTokens.operator();
    private final Map<String, String> officers = new ConcurrentHashMap<>();
    /** participant seq -> id, for those registered by this run */
    private final Map<Integer, String> created = new ConcurrentHashMap<>();
    private final Map<Integer, String> existing = new ConcurrentHashMap<>();
    private volatile String dailyRun = "Daily term-signal run: not answered";
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    DemoData(String host, LocalDate today, long seed) {
        this.http = new DemoHttp();
        this.today = today;
        this.seed = seed;
        this.pip = "http://" + host + ":8081";
        this.exam = "http://" + host + ":8082";
        this.map = "http://" + host + ":8083";
        this.pvt = "http://" + host + ":8084";
        this.deadline = "http://" + host + ":8085";
    }

    public static void main(String[] args) throws Exception {
        int count = DemoPlan.DEFAULT_COUNT;
        long seed = DemoPlan.DEFAULT_SEED;
        String host = "localhost";
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--count" -> count = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--host" -> host = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            DemoPlan.quotas(count);
        } catch (RuntimeException e) {
            System.err.println("DemoData: " + e.getMessage());
            System.err.println("usage: DemoData [--count N (>= " + Stage.values().length + ", default 200)] "
                    + "[--seed S (default 2021)] [--host localhost]");
            System.exit(64);
            return;
        }
        LocalDate today = LocalDate.now(ZONE);
        DemoData demo = new DemoData(host, today, seed);
        boolean ok;
        try {
            ok = demo.run(DemoPlan.generate(count, seed, today));
        } finally {
            demo.pool.shutdownNow();
        }
        System.exit(ok ? 0 : 1);
    }

    boolean run(List<Person> people) throws Exception {
        long start = System.nanoTime();
        System.out.printf("Demo data: %d participants (seed %d, today %s) through the public APIs...%n",
                people.size(), seed, today);

        phase("registering participants (pip-service)", people, this::register);
        List<Person> fresh = people.stream().filter(p -> created.containsKey(p.seq())).toList();
        List<Person> planned = fresh.stream().filter(Person::hasPlan).toList();
        phase("brede intake, PIP, Z-route hours (pip-service)", fresh, this::intakeAndPlan);
        phase("waiting for the terms (deadline-service)", planned, this::awaitTerm);
        phase("exam results and registrations (exam-service), MAP (map-service)", planned, this::examsAndMap);
        step("PVT sessions, enrolments, attendance (pvt-service)", () -> pvtSessions(planned));
        phase("PVT signings (pvt-service), Z-route completions (pip-service)", planned, this::signAndComplete);
        phase("exemptions and extensions (deadline-service)", planned, this::exemptionsAndExtensions);
        phase("moves (pip-service)", planned, this::move);
        phase("checking completions and exemptions (pip-service)",
                fresh.stream().filter(p -> p.expectedStatus() != null).toList(), this::awaitStatus);
        step("the daily term-signal run (deadline-service)", this::termSignals);

        summary(people, Duration.ofNanos(System.nanoTime() - start));
        return http.failures().isEmpty();
    }

    // ---------------------------------------------------------------- the steps per participant

    private void register(Person p) {
        Map<String, Object> body = obj("bsn", p.bsn(), "name", p.name(), "dateOfBirth", p.dateOfBirth(),
                "targetGroup", p.targetGroup(), "municipalityCode", p.municipality(),
                "obligationStartDate", p.obligationStart(), "notificationDate", p.notification(),
                "municipalityRegistrationDate", p.municipalityRegistration());
        DemoHttp.Response r = http.send(p, "register", "POST", pip + "/v1/participants", duo, body, null,
                DemoHttp.Retry.NONE, 201, 409);
        if (r == null) {
            return;
        }
        if (r.status() == 201) {
            created.put(p.seq(), r.string("id"));
        } else if ("BSN-UNIQUE".equals(r.rule())) { // loaded by an earlier run: leave it as it is
            DemoHttp.Response found = http.send(p, "find", "POST", pip + "/v1/participants/_search", duo,
                    obj("bsn", p.bsn()), null, DemoHttp.Retry.NONE, 200);
            List<Object> items = found == null ? List.of() : found.list("items");
            if (!items.isEmpty()) {
                existing.put(p.seq(), String.valueOf(((Map<?, ?>) items.get(0)).get("id")));
            } else if (found != null) {
                http.fail(p, "find", "the BSN is registered, but _search finds no participant");
            }
        } else {
            http.fail(p, "register", r.describe());
        }
    }

    private void intakeAndPlan(Person p) {
        String id = created.get(p.seq());
        String officer = officer(p.municipality());
        if (p.intakeDate() != null) {
            boolean z = p.route() == Route.SELF_SUFFICIENCY;
            Map<String, Object> test = obj("outcome", z ? "B1_ROUTE_NOT_FEASIBLE" : "B1_ROUTE_FEASIBLE",
                    "score", new BigDecimal(z ? "38.50" : "62.00"), "requiredScore", new BigDecimal("55.00"),
                    "testDate", p.intakeDate().minusDays(5));
            http.send(p, "intake", "PUT", pip + "/v1/participants/" + id + "/intake", officer,
                    obj("interviewDate", p.intakeDate(), "educationDiscussed", true, "workExperienceDiscussed", true,
                            "personalCircumstancesDiscussed", true, "learnabilityTest", test),
                    null, DemoHttp.Retry.NONE, 201);
        }
        if (!p.hasPlan()) {
            return;
        }
        boolean asylumB1 = p.route() == Route.B1 && p.targetGroup() == DemoPlan.TargetGroup.ASYLUM_PERMIT_HOLDER;
        Map<String, Object> plan = obj("dateOfIssue", p.planDate(), "route", p.route(), "level", p.planLevel(),
                "estimatedB1Intensity", asylumB1 ? 800 + 100 * (p.seq() % 9) : null,
                "literacyIndicator", p.route() == Route.EDUCATION ? null : "NVT",
                "mapArrangement", p.route() == Route.EDUCATION ? null
                        : "40 hours of work experience at a local employer, 8 themes in group sessions",
                "pvtArrangement", "three group sessions (12 hours), then the signing");
        http.send(p, "plan", "POST", pip + "/v1/participants/" + id + "/plans", officer, plan, null,
                DemoHttp.Retry.NONE, 201);
        if (p.zroute() != null) {
            hours(p, id, officer, "COURSE", p.zroute().courseHours());
            hours(p, id, officer, "PARTICIPATION", p.zroute().participationHours());
        }
    }

    private void hours(Person p, String id, String officer, String kind, int total) {
        if (total <= 0) {
            return;
        }
        int first = total / 2;
        List<Object[]> entries = List.of(new Object[] {p.zroute().firstHoursOn(), first},
                new Object[] {p.zroute().lastHoursOn(), total - first});
        for (Object[] e : entries) {
            http.send(p, "zroute-hours", "POST", pip + "/v1/participants/" + id + "/zroute/hours", officer,
                    obj("kind", kind, "date", e[0], "hours", e[1], "description",
                            "COURSE".equals(kind) ? "Z-route course" : "participation activities"),
                    null, DemoHttp.Retry.NONE, 201);
        }
    }

    private void awaitTerm(Person p) {
        String id = created.get(p.seq());
        http.send(p, "term", "GET", deadline + "/v1/participants/" + id + "/term", duo, null, null,
                DemoHttp.Retry.until(r -> r.status() == 404 || (r.status() == 200 && !Boolean.TRUE.equals(r.get("started")))),
                200);
    }

    private void examsAndMap(Person p) {
        String id = created.get(p.seq());
        String officer = officer(p.municipality());
        for (ExamResult x : p.results()) {
            Map<String, Object> result = obj("outcome", x.passed() ? "PASSED" : "FAILED", "score", x.score(),
                    "resultDate", x.resultDate());
            http.send(p, "exam-result", "POST", exam + "/v1/participants/" + id + "/results-booked-elsewhere", duo,
                    obj("component", x.component(), "level", x.level(), "examDate", x.examDate(), "result", result,
                            "reference", x.reference()),
                    key(p, "result-" + x.reference()), DemoHttp.Retry.REPLICA, 201);
        }
        for (FutureExam x : p.futureExams()) {
            http.send(p, "exam-registration", "POST", exam + "/v1/exam-registrations", officer,
                    obj("participantId", id, "component", x.component(), "level", x.level(), "examDate", x.examDate(),
                            "location", x.location()),
                    key(p, "exam-" + x.component() + "-" + x.examDate()), DemoHttp.Retry.REPLICA, 201);
        }
        if (p.map() == null) {
            return;
        }
        String m = map + "/v1/participants/" + id + "/map";
        var plan = p.map();
        http.send(p, "map-start", "POST", m + "/start-interview", officer,
                obj("date", plan.startInterview(), "notes", "wants to work; discussed earlier work experience"),
                key(p, "map-start"), DemoHttp.Retry.REPLICA, 201);
        for (int i = 0; i < plan.themes(); i++) {
            String theme = DemoPlan.MAP_THEMES.get(i);
            http.send(p, "map-theme", "POST", m + "/themes", officer,
                    obj("theme", theme, "completedOn", plan.themesFrom().plusDays(i)),
                    key(p, "map-theme-" + theme), DemoHttp.Retry.REPLICA, 201);
        }
        int left = plan.workHours();
        for (int day = 0; left > 0; day++) {
            int h = Math.min(20, left);
            left -= h;
            http.send(p, "map-work", "POST", m + "/work-experience", officer,
                    obj("date", plan.workFrom().plusDays(day), "kind", day % 2 == 0 ? "VOLUNTEERING" : "INTERNSHIP",
                            "organisation", day % 2 == 0 ? "Voedselbank" : "Gemeentelijke werkplaats", "hours", h,
                            "description", "work experience (demo)"),
                    key(p, "map-work-" + day), DemoHttp.Retry.REPLICA, 201);
        }
        if (plan.progress() == MapProgress.COMPLETED) {
            http.send(p, "map-final", "POST", m + "/final-interviews", officer,
                    obj("date", plan.finalInterview(), "outcome", "SUFFICIENT", "desiredWork", "warehouse or care work",
                            "supportAgreed", "job coach for six months"),
                    key(p, "map-final"), DemoHttp.Retry.REPLICA, 201);
        }
    }

    /** Per municipality: three sessions, everyone with a PVT enrolled, the attendance lists. */
    private void pvtSessions(List<Person> planned) {
        Map<String, List<Person>> byMunicipality = new TreeMap<>();
        for (Person p : planned) {
            if (p.pvt() != PvtProgress.NONE) {
                byMunicipality.computeIfAbsent(p.municipality(), x -> new ArrayList<>()).add(p);
            }
        }
        List<LocalDate> dates = DemoPlan.sessionDates(today);
        String[][] kinds = {{"EDUCATION", "FREEDOM", "6"}, {"COMMUNITY_WALK", null, "3"}, {"EDUCATION", "PARTICIPATION", "3"}};
        byMunicipality.forEach((municipality, people) -> {
            String officer = officer(municipality);
            List<String> all = people.stream().map(p -> created.get(p.seq())).toList();
            List<String> signing = people.stream().filter(p -> p.pvt() == PvtProgress.SIGNED)
                    .map(p -> created.get(p.seq())).toList();
            for (int s = 0; s < kinds.length; s++) {
                List<String> who = s == 0 ? all : signing;
                if (who.isEmpty()) {
                    continue;
                }
                Map<String, Object> session = obj("kind", kinds[s][0], "topic", kinds[s][1], "date", dates.get(s),
                        "hours", Integer.parseInt(kinds[s][2]), "place", "Stadhuis " + municipality,
                        "capacity", 500, "providerId", s == 0 ? "prodemos" : null);
                String what = municipality + " session " + (s + 1);
                DemoHttp.Response r = http.send(what, "pvt-session", "POST", pvt + "/v1/pvt-sessions", officer,
                        session, key(null, "pvt-session-" + municipality + "-" + s + "-" + who.size()),
                        DemoHttp.Retry.NONE, 201);
                if (r == null) {
                    continue;
                }
                String sessionUrl = pvt + "/v1/pvt-sessions/" + r.string("id");
                // participants pvt-service has not heard of yet are a 400 "unknown": wait for its replica
                http.send(what, "pvt-enrolment", "POST", sessionUrl + "/enrolments", officer,
                        obj("participantIds", who), key(null, "pvt-enrol-" + r.string("id")),
                        DemoHttp.Retry.until(x -> x.status() == 400 && x.body().contains("unknown")), 200, 201);
                List<Object> lines = new ArrayList<>();
                for (String id : who) {
                    lines.add(obj("participantId", id));
                }
                String token = s == 0 ? DevTokens.pvtProvider("prodemos") : officer;
                http.send(what, "pvt-attendance", "POST", sessionUrl + "/attendance", token, obj("entries", lines),
                        key(null, "pvt-attend-" + r.string("id")), DemoHttp.Retry.NONE, 200, 201);
            }
        });
    }

    private void signAndComplete(Person p) {
        String id = created.get(p.seq());
        String officer = officer(p.municipality());
        if (p.pvt() == PvtProgress.SIGNED) {
            http.send(p, "pvt-signing", "POST", pvt + "/v1/participants/" + id + "/pvt/signing", officer,
                    obj("signedOn", p.signedOn(), "participantName", p.name()), key(p, "pvt-signing"),
                    DemoHttp.Retry.REPLICA, 201);
        }
        if (p.zroute() != null && p.zroute().completion() != null) {
            http.send(p, "zroute-completion", "POST", pip + "/v1/participants/" + id + "/zroute/completion", officer,
                    obj("finalInterviewDate", p.zroute().completion()), null, DemoHttp.Retry.NONE, 200, 201);
        }
    }

    private void exemptionsAndExtensions(Person p) {
        String id = created.get(p.seq());
        var e = p.exemption();
        if (e != null) {
            http.send(p, "exemption", "POST", deadline + "/v1/participants/" + id + "/exemptions", duo,
                    obj("ground", e.ground(), "scope", e.scope(), "components", e.components().isEmpty() ? null
                            : e.components(), "level", e.level(), "participationHoursCap", e.participationHoursCap(),
                            "validFrom", e.validFrom(), "decidedOn", e.decidedOn()),
                    key(p, "exemption"), DemoHttp.Retry.REPLICA, 201);
        }
        var x = p.extension();
        if (x != null) {
            DemoHttp.Response r = http.send(p, "extension-request", "POST",
                    deadline + "/v1/participants/" + id + "/term/extension-requests", officer(p.municipality()),
                    obj("ground", x.ground(), "statement", x.statement(), "requestedExtra", x.requestedExtra()),
                    null, DemoHttp.Retry.REPLICA, 201);
            if (r != null && x.granted()) {
                http.send(p, "extension-grant", "POST", deadline + "/v1/participants/" + id + "/term/extensions", duo,
                        obj("requestId", r.string("id"), "extraTime", x.requestedExtra(), "decidedOn", today),
                        null, DemoHttp.Retry.NONE, 201);
            }
        }
    }

    private void move(Person p) {
        if (p.move() == null) {
            return;
        }
        http.send(p, "move", "POST", pip + "/v1/participants/" + created.get(p.seq()) + "/moves", duo,
                obj("toMunicipalityCode", p.move().toMunicipality(), "movedOn", p.move().movedOn()),
                null, DemoHttp.Retry.NONE, 201);
    }

    private void awaitStatus(Person p) {
        String expected = p.expectedStatus();
        DemoHttp.Response r = http.send(p, "progress", "GET", pip + "/v1/participants/" + created.get(p.seq())
                + "/progress", duo, null, null, DemoHttp.Retry.until(x -> x.status() == 200
                && !expected.equals(x.get("status"))), 200);
        if (r != null && !expected.equals(r.get("status"))) {
            http.fail(p, "progress", "expected status " + expected + ", progress says " + r.get("status"));
        }
    }

    private void termSignals() {
        DemoHttp.Response r = http.send("operator", "term-signals", "POST", deadline + "/v1/operations/term-signals",
                operator, null, null, DemoHttp.Retry.NONE, 200);
        if (r != null) {
            dailyRun = "Daily term-signal run: " + r.get("termsLooked") + " terms looked at, " + r.get("signalsSent")
                    + " signals sent (plan-deadline.missed, term.ending-soon, term.exceeded, term.closed)";
        }
    }

    // ---------------------------------------------------------------- plumbing

    private String officer(String municipality) {
        return officers.computeIfAbsent(municipality, DevTokens::officer);
    }

    /** The same step of the same participant always has the same key, so a retried request is answered once. */
    private String key(Person p, String step) {
        return "demo-" + seed + "-" + (p == null ? "x" : p.seq()) + "-" + step + "-" + today;
    }

    private void step(String title, Runnable action) {
        long t = System.nanoTime();
        System.out.printf("  %-68s", title + "...");
        System.out.flush();
        action.run();
        System.out.printf(" %5.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    private void phase(String title, Collection<Person> people, Consumer<Person> action) {
        step(title + " [" + people.size() + "]", () -> {
            List<Future<?>> futures = new ArrayList<>();
            for (Person p : people) {
                futures.add(pool.submit(() -> {
                    try {
                        action.accept(p);
                    } catch (RuntimeException e) {
                        http.fail(p, "step", e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private void summary(List<Person> people, Duration took) {
        System.out.println();
        System.out.println("Participants per stage and route (as planned; 'new' = registered by this run):");
        Map<Stage, Map<String, Integer>> table = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            table.put(s, new LinkedHashMap<>());
        }
        String[] cols = {"B1", "EDUCATION", "SELF_SUFF.", "no PIP", "total", "new", "existing"};
        for (Person p : people) {
            Map<String, Integer> row = table.get(p.stage());
            String route = !p.hasPlan() ? "no PIP" : switch (p.route()) {
                case B1 -> "B1";
                case EDUCATION -> "EDUCATION";
                case SELF_SUFFICIENCY -> "SELF_SUFF.";
            };
            row.merge(route, 1, Integer::sum);
            row.merge("total", 1, Integer::sum);
            if (created.containsKey(p.seq())) {
                row.merge("new", 1, Integer::sum);
            } else if (existing.containsKey(p.seq())) {
                row.merge("existing", 1, Integer::sum);
            }
        }
        StringBuilder header = new StringBuilder(String.format("  %-20s", "stage"));
        for (String c : cols) {
            header.append(String.format("%11s", c));
        }
        System.out.println(header);
        Map<String, Integer> totals = new LinkedHashMap<>();
        table.forEach((stage, row) -> {
            StringBuilder line = new StringBuilder(String.format("  %-20s", stage));
            for (String c : cols) {
                int n = row.getOrDefault(c, 0);
                totals.merge(c, n, Integer::sum);
                line.append(String.format("%11d", n));
            }
            System.out.println(line);
        });
        StringBuilder line = new StringBuilder(String.format("  %-20s", "all"));
        for (String c : cols) {
            line.append(String.format("%11d", totals.getOrDefault(c, 0)));
        }
        System.out.println(line);

        Map<String, Integer> municipalities = new TreeMap<>();
        Map<String, Integer> groups = new TreeMap<>();
        int moves = 0, fullExemptions = 0, partialExemptions = 0, requests = 0, grants = 0, results = 0,
                registrations = 0;
        for (Person p : people) {
            municipalities.merge(p.finalMunicipality(), 1, Integer::sum);
            groups.merge(p.targetGroup().name(), 1, Integer::sum);
            moves += p.move() == null ? 0 : 1;
            if (p.exemption() != null) {
                if (p.exemption().full()) {
                    fullExemptions++;
                } else {
                    partialExemptions++;
                }
            }
            if (p.extension() != null) {
                requests++;
                grants += p.extension().granted() ? 1 : 0;
            }
            results += p.results().size();
            registrations += p.futureExams().size();
        }
        System.out.println();
        System.out.println("Per municipality (after the moves): " + municipalities);
        System.out.println("Per target group: " + groups);
        System.out.printf("Moves %d, exemptions %d full + %d partial, extension requests %d (%d granted), "
                + "exam results %d, exam registrations %d%n", moves, fullExemptions, partialExemptions, requests, grants,
                results, registrations);
        System.out.println(dailyRun);
        System.out.printf("Requests sent %d (of which retries while events travel: %d), failures %d, took %.1f s%n",
                http.requests(), http.retries(), http.failures().size(), took.toMillis() / 1000.0);
        if (!http.failures().isEmpty()) {
            System.out.println("Failures (first 30):");
            http.failures().stream().limit(30).forEach(f -> System.out.println("  " + f));
        }
        System.out.println(http.failures().isEmpty() ? "DEMO DATA LOADED" : "DEMO DATA LOADED WITH FAILURES");
    }
}

package nl.inburgering.localstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The demo municipality as data: who is registered where, on which route, how far each one got, and every date,
 * all derived from a seed and "today". Pure (no I/O), so the same seed and day always give the same plan;
 * {@link DemoData} sends it to the services.
 *
 * <p>Every date lies on or before {@code today}, except the exam registrations, which the API wants after today.
 * The PVT group sessions of every municipality are on {@link #sessionDates(LocalDate)}; everything a participant
 * does before signing lies before the signing, and the MAP's final interview and the Z-route completion after
 * the term's start.
 */
public final class DemoPlan {

    /** The municipalities of the demo: mostly Amsterdam, so moves between them are possible. */
    public static final List<String> MUNICIPALITIES = List.of("GM0363", "GM0518", "GM0344");

    public static final List<String> LANGUAGE_COMPONENTS = List.of("READING", "LISTENING", "WRITING", "SPEAKING");
    public static final List<String> EXAM_COMPONENTS = List.of("READING", "LISTENING", "WRITING", "SPEAKING", "KNM");
    public static final List<String> MAP_THEMES = List.of("CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES",
            "REALISTIC_VIEW_OF_OCCUPATIONS", "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK",
            "FINDING_WORK", "WORK_CULTURE");

    /** The earliest obligation start the API takes (an earlier one is Wi2013: 409 WI2021-SCOPE). */
    static final LocalDate WI2021_START = LocalDate.of(2022, 1, 1);

    public enum Route { B1, EDUCATION, SELF_SUFFICIENCY }

    public enum TargetGroup { ASYLUM_PERMIT_HOLDER, FAMILY_OR_OTHER_MIGRANT }

    /** How far a participant got; each one's share of 200 in {@link #weight}. */
    public enum Stage {
        /** DUO's kennisgeving arrived recently; nothing else yet. */
        REGISTERED(14, false),
        /** The brede intake is recorded, the PIP not yet (still within the 10 weeks). */
        INTAKE(12, false),
        /** Registered more than 10 weeks ago without a PIP: the PIP deadline is missed (N5). */
        PIP_DEADLINE_MISSED(12, false),
        /** Intake and PIP; the term runs. */
        PIP_ESTABLISHED(30, true),
        /** PIP and exams registered for dates to come. */
        EXAMS_REGISTERED(22, true),
        /** Some exams passed, one failed (with a resit registered), the MAP and PVT begun, Z-route hours. */
        IN_PROGRESS(40, true),
        /** MAP completed and PVT signed; exams or Z-route hours still open. */
        MODULES_DONE(20, true),
        /** Every requirement met: integration.completed. */
        COMPLETED(24, true),
        /** Initial PIP more than three years ago, not completed: the term is exceeded. */
        TERM_EXCEEDED(16, true),
        /** A full exemption (vrijstelling, diploma) closes the case. */
        EXEMPTED(10, true);

        final int weight;
        final boolean hasPlan;

        Stage(int weight, boolean hasPlan) {
            this.weight = weight;
            this.hasPlan = hasPlan;
        }

        public boolean hasPlan() {
            return hasPlan;
        }
    }

    public enum MapProgress { NONE, STARTED, COMPLETED }

    public enum PvtProgress { NONE, FIRST_SESSION, SIGNED }

    /** An exam result DUO reports as booked elsewhere (exam-service's results-booked-elsewhere). */
    public record ExamResult(String component, String level, LocalDate examDate, LocalDate resultDate,
            boolean passed, int score, String reference) {
    }

    /** An exam registration for a day to come. */
    public record FutureExam(String component, String level, LocalDate examDate, String location) {
    }

    /** DUO's exemption decision. */
    public record Exemption(String ground, String scope, List<String> components, String level,
            Integer participationHoursCap, LocalDate validFrom, LocalDate decidedOn) {
        public boolean full() {
            return "FULL".equals(scope);
        }
    }

    /** A municipality's extension request, and whether DUO grants it today. */
    public record Extension(String ground, String requestedExtra, String statement, boolean granted) {
    }

    public record Move(String toMunicipality, LocalDate movedOn) {
    }

    /** The MAP as the demo records it: start interview, the themes, work experience, the final interview. */
    public record MapPlan(MapProgress progress, LocalDate startInterview, LocalDate themesFrom, int themes,
            LocalDate workFrom, int workHours, LocalDate finalInterview) {
    }

    /** Z-route hours (one or two entries per kind) and the final interview that completes the Z-route. */
    public record ZRoutePlan(int courseHours, int participationHours, LocalDate firstHoursOn, LocalDate lastHoursOn,
            LocalDate completion) {
    }

    public record Person(int seq, String bsn, String name, LocalDate dateOfBirth, TargetGroup targetGroup,
            String municipality, Route route, Stage stage, LocalDate obligationStart, LocalDate notification,
            LocalDate municipalityRegistration, LocalDate intakeDate, LocalDate planDate, String planLevel,
            List<ExamResult> results, List<FutureExam> futureExams, MapPlan map, PvtProgress pvt,
            LocalDate signedOn, ZRoutePlan zroute, Exemption exemption, Extension extension, Move move) {

        public boolean hasPlan() {
            return planDate != null;
        }

        /** The municipality after the demo's move, if any. */
        public String finalMunicipality() {
            return move == null ? municipality : move.toMunicipality();
        }

        /** What the demo expects pip-service's progress to say once every event has arrived. */
        public String expectedStatus() {
            if (stage == Stage.COMPLETED) {
                return "COMPLETED";
            }
            if (exemption != null && exemption.full()) {
                return "EXEMPTED";
            }
            return null;
        }

        @Override
        public String toString() { // never the BSN
            return "participant #" + seq + " (" + stage + ", " + route + ", " + municipality + ")";
        }
    }

    public static final int DEFAULT_COUNT = 200;
    public static final long DEFAULT_SEED = 2021L;

    private static final String[] FIRST = {"Amanuel", "Selam", "Ahmad", "Fatima", "Mohammed", "Aya", "Yusuf",
        "Hana", "Omar", "Layla", "Olena", "Dmytro", "Mariam", "Tesfay", "Samira", "Karim", "Nour", "Ali", "Zainab",
        "Hamza", "Daniel", "Meron", "Anna", "Piotr", "Agnieszka", "Elif", "Emre", "Ayse", "Carlos", "Lucia", "Priya",
        "Arjun", "Mei", "Wei", "Joseph", "Grace", "Reza", "Shirin", "Abdi", "Hodan", "Bilal", "Rania", "Ivan",
        "Oksana", "Farid", "Nadia", "Tigist", "Yonas"};
    private static final String[] LAST = {"Tesfay", "Haddad", "Yilmaz", "Al-Hassan", "Kovalenko", "Ahmadi",
        "Mohammadi", "Bekele", "Ghebremariam", "Nowak", "Kowalski", "Demir", "Kaya", "Sahin", "El Amrani",
        "Bouzid", "Rahimi", "Hosseini", "Abdullahi", "Warsame", "Shevchenko", "Bondarenko", "Garcia", "Santos",
        "Sharma", "Patel", "Chen", "Wang", "Okafor", "Mensah", "Darwish", "Khalil", "Haile", "Tekle", "Osman",
        "Yousef", "Petrenko", "Melnyk", "Nasser", "Saleh"};
    private static final Map<String, String> EXAM_PLACES = Map.of(
            "GM0363", "DUO examenlocatie Amsterdam, Piet Heinkade 55",
            "GM0518", "DUO examenlocatie Den Haag, Prinses Beatrixlaan 5",
            "GM0344", "DUO examenlocatie Utrecht, Graadt van Roggenweg 500");
    private static final Route[] ROUTE_CYCLE = {Route.B1, Route.SELF_SUFFICIENCY, Route.EDUCATION, Route.B1,
        Route.SELF_SUFFICIENCY, Route.B1, Route.B1};

    private DemoPlan() {
    }

    /** The days of the three PVT group sessions every municipality holds: 6 + 3 + 3 hours. */
    public static List<LocalDate> sessionDates(LocalDate today) {
        return List.of(today.minusDays(40), today.minusDays(33), today.minusDays(26));
    }

    public static String examPlace(String municipality) {
        return EXAM_PLACES.getOrDefault(municipality, "DUO examenlocatie");
    }

    /** How many of {@code count} participants get each stage: the weights scaled, at least one each. */
    public static Map<Stage, Integer> quotas(int count) {
        Stage[] stages = Stage.values();
        if (count < stages.length) {
            throw new IllegalArgumentException("the demo needs at least " + stages.length + " participants, one per stage");
        }
        int total = 0;
        for (Stage s : stages) {
            total += s.weight;
        }
        Map<Stage, Integer> quotas = new EnumMap<>(Stage.class);
        int sum = 0;
        for (Stage s : stages) {
            int q = Math.max(1, (int) Math.round((double) count * s.weight / total));
            quotas.put(s, q);
            sum += q;
        }
        // the rounding difference goes to (or comes from) the largest stages
        while (sum != count) {
            Stage largest = Collections.max(quotas.entrySet(), Map.Entry.comparingByValue()).getKey();
            int delta = sum < count ? 1 : -1;
            quotas.put(largest, quotas.get(largest) + delta);
            sum += delta;
        }
        return quotas;
    }

    /** The plan: {@code count} participants, deterministic for the seed and the day. */
    public static List<Person> generate(int count, long seed, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Random random = new Random(seed);
        List<String> bsns = bsns(count, random);
        List<Stage> stages = new ArrayList<>();
        quotas(count).forEach((stage, n) -> {
            for (int i = 0; i < n; i++) {
                stages.add(stage);
            }
        });
        Map<Stage, Integer> withinStage = new EnumMap<>(Stage.class);
        List<Person> people = new ArrayList<>(count);
        for (int seq = 0; seq < count; seq++) {
            Stage stage = stages.get(seq);
            int k = withinStage.merge(stage, 1, Integer::sum) - 1;
            people.add(person(seq + 1, bsns.get(seq), stage, k, random, today));
        }
        Collections.shuffle(people, random); // registration order mixes the stages, as a real inflow would
        return List.copyOf(people);
    }

    private static Person person(int seq, String bsn, Stage stage, int k, Random r, LocalDate today) {
        Route route = ROUTE_CYCLE[(k + stage.ordinal()) % ROUTE_CYCLE.length];
        TargetGroup group = k % 5 == 1 || r.nextInt(10) < 4 ? TargetGroup.FAMILY_OR_OTHER_MIGRANT
                : TargetGroup.ASYLUM_PERMIT_HOLDER;
        if (k == 0) {
            group = TargetGroup.ASYLUM_PERMIT_HOLDER; // every stage has both groups once it has two participants
        }
        int m = r.nextInt(100);
        String municipality = m < 70 ? "GM0363" : m < 85 ? "GM0518" : "GM0344";
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        LocalDate dob = today.minusYears(19 + r.nextInt(40)).minusDays(r.nextInt(365));

        // When the PIP was (or would have been) issued, and from it the registration dates before it.
        LocalDate planDate = switch (stage) {
            case REGISTERED, INTAKE -> null;
            case PIP_DEADLINE_MISSED -> null;
            case PIP_ESTABLISHED, EXAMS_REGISTERED -> today.minusDays(20 + r.nextInt(200));
            // one in eight in progress has a term ending within two months (the caseload's terms-ending)
            case IN_PROGRESS -> k % 8 == 1 ? today.minusYears(3).plusDays(15 + r.nextInt(40))
                    : today.minusDays(150 + r.nextInt(600));
            case EXEMPTED -> today.minusDays(150 + r.nextInt(600));
            case MODULES_DONE, COMPLETED -> today.minusDays(300 + r.nextInt(600));
            case TERM_EXCEEDED -> today.minusYears(3).minusDays(20 + r.nextInt(250));
        };
        LocalDate notification = switch (stage) {
            case REGISTERED -> today.minusDays(3 + r.nextInt(30));
            case INTAKE -> today.minusDays(20 + r.nextInt(35));
            case PIP_DEADLINE_MISSED -> today.minusDays(80 + r.nextInt(150));
            // mostly within the 10 weeks; a few exceeded terms came late (the caseload shows them LATE)
            default -> planDate.minusDays(stage == Stage.TERM_EXCEEDED && k % 3 == 0 ? 75 + r.nextInt(30)
                    : 14 + r.nextInt(50));
        };
        LocalDate obligationStart = max(WI2021_START, notification.minusDays(5 + r.nextInt(25)));
        LocalDate registration = max(WI2021_START, obligationStart.minusDays(r.nextInt(20)));
        LocalDate intakeDate = switch (stage) {
            case REGISTERED, PIP_DEADLINE_MISSED -> null;
            case INTAKE -> min(today.minusDays(1), notification.plusDays(7 + r.nextInt(14)));
            default -> planDate.minusDays(3 + r.nextInt(10));
        };
        if (intakeDate != null && intakeDate.isBefore(registration)) {
            intakeDate = registration;
        }
        String planLevel = planDate == null ? null : switch (route) {
            case B1 -> "B1";
            case EDUCATION -> k % 3 == 2 ? "B2" : "B1";
            case SELF_SUFFICIENCY -> k % 2 == 0 ? "A1" : null;
        };

        List<ExamResult> results = new ArrayList<>();
        List<FutureExam> future = new ArrayList<>();
        MapPlan map = null;
        PvtProgress pvt = PvtProgress.NONE;
        ZRoutePlan zroute = null;
        boolean exams = route != Route.SELF_SUFFICIENCY;
        String examLevel = route == Route.EDUCATION ? planLevel : "B1";
        List<String> shuffled = new ArrayList<>(EXAM_COMPONENTS);
        Collections.shuffle(shuffled, r);
        LocalDate mapStart = planDate == null ? null : planDate.plusDays(10);
        switch (stage) {
            case EXAMS_REGISTERED -> {
                int n = exams ? 1 + r.nextInt(3) : 1;
                List<String> components = exams ? shuffled.subList(0, n) : List.of("KNM");
                for (int i = 0; i < components.size(); i++) {
                    future.add(futureExam(components.get(i), examLevel, today.plusDays(14 + 7 * i + r.nextInt(40)),
                            municipality));
                }
            }
            case IN_PROGRESS, TERM_EXCEEDED -> {
                if (exams) {
                    int passes = 1 + r.nextInt(3);
                    for (int i = 0; i < passes; i++) {
                        results.add(result(seq, shuffled.get(i), examLevel, true, planDate, today, r));
                    }
                    String failed = shuffled.get(passes);
                    results.add(result(seq, failed, examLevel, false, planDate, today, r));
                    if (stage == Stage.IN_PROGRESS) {
                        future.add(futureExam(failed, examLevel, today.plusDays(21 + r.nextInt(50)), municipality));
                    }
                }
                if (route != Route.EDUCATION) {
                    map = new MapPlan(MapProgress.STARTED, mapStart, mapStart.plusDays(10), 2 + r.nextInt(5),
                            mapStart.plusDays(35), 8 * (1 + r.nextInt(3)), null);
                }
                pvt = PvtProgress.FIRST_SESSION;
                if (route == Route.SELF_SUFFICIENCY) {
                    zroute = zroute(100 + 50 * r.nextInt(8), group == TargetGroup.ASYLUM_PERMIT_HOLDER
                            ? 100 + 50 * r.nextInt(6) : 0, planDate, today, null);
                }
            }
            case MODULES_DONE, COMPLETED -> {
                boolean complete = stage == Stage.COMPLETED;
                if (exams) {
                    if (k % 2 == 0) { // failed once first, then passed
                        results.add(result(seq, shuffled.get(0), examLevel, false, planDate, today.minusDays(60), r));
                    }
                    int passes = complete ? EXAM_COMPONENTS.size() : 2 + r.nextInt(2);
                    for (int i = 0; i < passes; i++) {
                        results.add(result(seq, shuffled.get(i), examLevel, true,
                                i == 0 && k % 2 == 0 ? today.minusDays(55) : planDate, today, r));
                    }
                }
                if (route != Route.EDUCATION) {
                    map = new MapPlan(MapProgress.COMPLETED, mapStart, mapStart.plusDays(10), MAP_THEMES.size(),
                            mapStart.plusDays(35), 40, mapStart.plusDays(50));
                }
                pvt = PvtProgress.SIGNED;
                if (route == Route.SELF_SUFFICIENCY) {
                    boolean asylum = group == TargetGroup.ASYLUM_PERMIT_HOLDER;
                    zroute = complete ? zroute(800, asylum ? 800 : 0, planDate, today, today.minusDays(7))
                            : zroute(400 + 50 * r.nextInt(6), asylum ? 200 : 0, planDate, today, null);
                }
            }
            default -> {
            }
        }
        LocalDate signedOn = pvt == PvtProgress.SIGNED ? today.minusDays(14) : null;

        Exemption exemption = null;
        if (stage == Stage.EXEMPTED) {
            LocalDate from = max(planDate.plusDays(1), today.minusDays(5 + r.nextInt(40)));
            exemption = new Exemption(k % 2 == 0 ? "DIP" : "INB", "FULL", List.of(), null, null, from, from);
        } else if ((stage == Stage.IN_PROGRESS || stage == Stage.MODULES_DONE) && k % 6 == 3) {
            LocalDate from = max(planDate.plusDays(1), today.minusDays(10 + r.nextInt(60)));
            exemption = route == Route.SELF_SUFFICIENCY
                    ? new Exemption("MED", "PARTIAL", List.of("KNM"), null, 400, from, from)
                    : new Exemption("GED", "PARTIAL", List.of("READING", "LISTENING"), "B1", null, from, from);
            // a component the exemption covers is not also a result of the demo
            results.removeIf(x -> exemptionCovers(List.of("READING", "LISTENING"), x.component()));
            future.removeIf(x -> exemptionCovers(List.of("READING", "LISTENING"), x.component()));
        }

        Extension extension = null;
        if (stage == Stage.TERM_EXCEEDED && k % 2 == 0) {
            extension = new Extension("ILLNESS", "P6M", "Ill for more than 3 months in the last year of the term, "
                    + "treated in NL; could not attend lessons.", k % 4 == 0);
        } else if (stage == Stage.IN_PROGRESS && k % 8 == 5) {
            extension = new Extension("MARKING_DELAY", "P6M", "Exam results delayed by DUO's marking backlog.",
                    k % 16 == 5);
        }

        Move move = null;
        boolean movable = stage == Stage.PIP_ESTABLISHED || stage == Stage.EXAMS_REGISTERED
                || stage == Stage.IN_PROGRESS || stage == Stage.MODULES_DONE || stage == Stage.TERM_EXCEEDED;
        if (movable && (k % 7 == 4)) {
            int from = MUNICIPALITIES.indexOf(municipality);
            String to = MUNICIPALITIES.get((from + 1 + (k % 2)) % MUNICIPALITIES.size());
            LocalDate movedOn = max(planDate.plusDays(1), today.minusDays(3 + r.nextInt(18)));
            move = new Move(to, movedOn);
        }

        return new Person(seq, bsn, name, dob, group, municipality, route, stage, obligationStart, notification,
                registration, intakeDate, planDate, planLevel, List.copyOf(results), List.copyOf(future), map, pvt,
                signedOn, zroute, exemption, extension, move);
    }

    private static boolean exemptionCovers(List<String> components, String component) {
        return components.contains(component);
    }

    private static FutureExam futureExam(String component, String level, LocalDate date, String municipality) {
        return new FutureExam(component, "KNM".equals(component) ? null : level, date, examPlace(municipality));
    }

    /** An exam between {@code from} + 30 days and {@code until} - 25 days, its result two weeks later. */
    private static ExamResult result(int seq, String component, String level, boolean passed, LocalDate from,
            LocalDate until, Random r) {
        LocalDate earliest = from.plusDays(30);
        LocalDate latest = until.minusDays(25);
        long span = Math.max(0, latest.toEpochDay() - earliest.toEpochDay());
        LocalDate examDate = earliest.plusDays(span == 0 ? 0 : r.nextInt((int) span + 1));
        if (examDate.isAfter(latest)) {
            examDate = latest;
        }
        LocalDate resultDate = examDate.plusDays(14);
        String reference = "DEMO-" + seq + "-" + component + "-" + (passed ? "P" : "F") + "-" + examDate;
        return new ExamResult(component, "KNM".equals(component) ? null : level, examDate, resultDate, passed,
                passed ? 35 + r.nextInt(25) : 10 + r.nextInt(20), reference);
    }

    private static ZRoutePlan zroute(int course, int participation, LocalDate planDate, LocalDate today,
            LocalDate completion) {
        LocalDate last = today.minusDays(20);
        LocalDate first = planDate.plusDays(Math.max(1, (last.toEpochDay() - planDate.toEpochDay()) / 2));
        return new ZRoutePlan(course, participation, first, last, completion);
    }

    /**
     * {@code count} distinct BSNs passing the 11-test (9 digits, weights 9..2 and -1, sum divisible by 11),
     * all in the 99xxxxxxx range and none of the 9999xxxxx BSNs the READMEs and tests use.
     */
    public static List<String> bsns(int count, Random random) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            int[] d = new int[9];
            d[0] = 9;
            d[1] = 9;
            for (int i = 2; i < 8; i++) {
                d[i] = random.nextInt(10);
            }
            if (d[2] == 9 && d[3] == 9) {
                continue;
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += d[i] * (9 - i);
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            d[8] = check;
            StringBuilder sb = new StringBuilder(9);
            for (int x : d) {
                sb.append(x);
            }
            if (seen.add(sb.toString())) {
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The 11-test (elfproef) of a BSN. */
    public static boolean elevenProof(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (bsn.charAt(i) - '0') * (9 - i);
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

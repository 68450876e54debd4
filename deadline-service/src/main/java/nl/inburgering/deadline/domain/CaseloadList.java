package nl.inburgering.deadline.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The officer's caseload lists (issue 11 item 7), each with the fields it may be sorted by (the SQL behind each
 * name) and its default order. Every order ends with the participant (and request) id, so pages are deterministic
 * (NL API pagination/sorting).
 */
public enum CaseloadList {
    /** Open cases whose term ends (exclusive end) after today and on or before a day. */
    TERMS_ENDING("terms-ending", "endDateExclusive", Map.of("endDateExclusive", "t.end_date_exclusive",
            "startDate", "t.start_date")),
    /** Open cases whose term has ended without completion. */
    TERMS_EXCEEDED("terms-exceeded", "endDateExclusive", Map.of("endDateExclusive", "t.end_date_exclusive",
            "startDate", "t.start_date")),
    /** Open cases whose PIP deadline was missed (N5): still without a PIP, or with one made late. */
    PLAN_DEADLINES_MISSED("plan-deadlines-missed", "planDeadline", Map.of("planDeadline", "s.signal_key",
            "initialPlanDateOfIssue", "r.initial_plan_date_of_issue")),
    /** Extension requests filed and not decided by DUO yet. */
    EXTENSION_REQUESTS("extension-requests", "requestedOn", Map.of("requestedOn", "e.requested_on",
            "endDateExclusive", "t.end_date_exclusive"));

    private final String path;
    private final String defaultSort;
    private final Map<String, String> sortable;

    CaseloadList(String path, String defaultSort, Map<String, String> sortable) {
        this.path = path;
        this.defaultSort = defaultSort;
        Map<String, String> all = new LinkedHashMap<>(sortable);
        all.put("participantId", "r.participant_id");
        this.sortable = Map.copyOf(all);
    }

    /** The name in the URI: {@code /v1/caseload/{path}}. */
    public String path() {
        return path;
    }

    public String defaultSort() {
        return defaultSort;
    }

    /** The fields this list may be sorted by, each with its SQL. */
    public Map<String, String> sortable() {
        return sortable;
    }

    /** JAX-RS: the list from its URI name ({@code terms-ending}); null when there is none, which answers 404. */
    public static CaseloadList fromString(String path) {
        return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return path;
    }
}

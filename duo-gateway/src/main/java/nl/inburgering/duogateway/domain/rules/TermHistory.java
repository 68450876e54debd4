package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DUO's extension of the inburgeringstermijn (SS103 ambtshalve, SS104 on request) from its Inburgeringstermijn API:
 * {@code historie} lists each change ({@code einddatum} after it, {@code wijzigingsdatum}). The days DUO granted are
 * those of its last change: the end after it against the end before it. Our term starts from our PIP and DUO's from
 * the PIP it registered, so the difference of the two ends mixes a difference of start dates in: it is only the
 * fallback when DUO's history shows no earlier end (then nothing when ours already ends as late).
 */
public final class TermHistory {

    private TermHistory() {
    }

    /** Days to add to our end ({@code ourEnd} exclusive); zero or less: nothing to add. */
    public static long extensionDays(JsonNode historie, LocalDate duoEnd, LocalDate ourEnd) {
        long outlasts = ChronoUnit.DAYS.between(ourEnd, duoEnd);
        List<JsonNode> changes = new ArrayList<>();
        historie.forEach(h -> {
            if (h.hasNonNull("einddatum")) {
                changes.add(h);
            }
        });
        changes.sort(Comparator.comparing((JsonNode h) -> h.path("wijzigingsdatum").asText(""))
                .thenComparing(h -> h.path("einddatum").asText()));
        if (changes.size() < 2 || !LocalDate.parse(changes.get(changes.size() - 1).path("einddatum").asText())
                .equals(duoEnd)) {
            return outlasts;
        }
        LocalDate before = LocalDate.parse(changes.get(changes.size() - 2).path("einddatum").asText());
        long granted = ChronoUnit.DAYS.between(before, duoEnd);
        return granted > 0 ? granted : outlasts;
    }
}

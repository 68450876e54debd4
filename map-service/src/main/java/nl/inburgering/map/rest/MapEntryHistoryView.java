package nl.inburgering.map.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import nl.inburgering.map.service.MapService.EntryHistory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MapEntryHistory", description = "An entry as it is, and every earlier state with who changed it, "
        + "when and why.")
public record MapEntryHistoryView(
        @Schema(description = "The entry as it is now") MapEntryView entry,
        @Schema(description = "Earlier states, oldest first") List<Revision> revisions) {

    @Schema(name = "MapEntryRevision")
    public record Revision(
            @Schema(description = "The version the entry had before the change", example = "0") long version,
            @Schema(description = "CORRECTED or WITHDRAWN", example = "CORRECTED") String change,
            @Schema(type = SchemaType.OBJECT, description = "The entry's fields before the change, as in MapEntry")
            JsonNode before,
            @Schema(description = "Who changed it", example = "officer-GM0363") String changedBy,
            @Schema(description = "When (UTC)") Instant changedAt,
            @Schema(description = "Why", example = "hours corrected") String reason) {
    }

    static MapEntryHistoryView of(EntryHistory h, ObjectMapper json) {
        return new MapEntryHistoryView(MapEntryView.of(h.entry()), h.revisions().stream().map(r -> {
            try {
                return new Revision(r.version, r.change, json.readTree(r.snapshot), r.changedBy, r.changedAt,
                        r.reason);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a stored revision is not valid JSON", e);
            }
        }).toList());
    }
}

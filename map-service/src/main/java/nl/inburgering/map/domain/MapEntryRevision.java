package nl.inburgering.map.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An entry as it was before a correction or withdrawal, with who changed it, when and why (nothing is lost). */
@Entity
@Table(name = "map_entry_revision")
public class MapEntryRevision extends PanacheEntityBase {

    public static final String CORRECTED = "CORRECTED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    /** The version the entry had before the change. */
    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public String change;

    /** The entry's fields before the change, as JSON. */
    @Column(nullable = false)
    public String snapshot;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String reason;
}

package nl.inburgering.bench.floor;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the floor's own table. */
@Entity
@Table(name = "floor_row")
public class FloorRow extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String payload;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}

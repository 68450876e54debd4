package nl.inburgering.map.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** What map-service last published for a participant, so that an event goes out only when the state changes. */
@Entity
@Table(name = "map_case")
public class MapCase extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "start_interview_published_on")
    public LocalDate startInterviewPublishedOn;

    @Column(name = "education_published_on")
    public LocalDate educationPublishedOn;

    @Column(name = "work_experience_published_on")
    public LocalDate workExperiencePublishedOn;

    /** The final-interview date of the map.completed last published; null when none or withdrawn since. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "culpable_delay")
    public Boolean culpableDelay;
}

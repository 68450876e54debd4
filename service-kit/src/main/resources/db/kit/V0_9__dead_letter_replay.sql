-- Replays of dead letters by an operator (issue 12 item 4). The dead letter itself stays on its Kafka topic
-- (<topic>.dlq); this row says that this service replayed it, when, and how it went, so a second "replay all"
-- leaves it alone. Keyed by the dead letter's own place on its topic.
create table dead_letter_replay (
    dlq_topic      varchar(250) not null,
    dlq_partition  integer      not null,
    dlq_offset     bigint       not null,
    consumer       varchar(100) not null,
    event_id       varchar(200),
    outcome        varchar(20)  not null,       -- REPLAYED or FAILED (the last attempt)
    last_error     varchar(500),
    attempts       integer      not null default 1,
    replayed_at    timestamptz  not null default now(),
    primary key (dlq_topic, dlq_partition, dlq_offset)
);

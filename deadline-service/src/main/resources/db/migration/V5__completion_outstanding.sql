-- Issue 11 item 5: the requirements still open per participant, as pip-service's completion check last published
-- them (integration.outstanding-changed); term.exceeded names them. Comma separated, enum order.
create table completion_outstanding (
    participant_id uuid        primary key,
    requirements   varchar(80) not null,
    plan_version   integer     not null,
    assessed_on    date        not null,
    event_id       varchar(200) not null,
    updated_at     timestamptz not null
);

-- Issue 11 item 4: DUO's exemptions (vrijstelling, ontheffing). Outcome only: no diagnosis and no free text is
-- stored for any ground (MED included). A temporary one that stopped the term's clock keeps the end before and after.
create table exemption (
    id                      uuid primary key,
    participant_id          uuid         not null,
    kind                    varchar(12)  not null,
    ground                  varchar(3)   not null,
    scope                   varchar(10)  not null,
    components              varchar(60)  not null default '',
    level                   varchar(2),
    participation_hours_cap integer,
    valid_from              date         not null,
    valid_until             date,
    decided_on              date         not null,
    decided_by              varchar(200),
    paused_days             integer      not null default 0,
    previous_end            date,
    new_end                 date,
    recorded_at             timestamptz  not null
);
create index exemption_participant on exemption (participant_id, valid_from);

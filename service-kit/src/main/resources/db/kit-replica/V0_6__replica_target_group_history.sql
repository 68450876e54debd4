-- Issue 8 items 3 and 4: DUO may report a change of target group before it takes effect, and a change can keep the
-- other group's rights ("Behoud asielrechten"). The replica keeps every change with its effective date and rights,
-- and the group at registration, so a service asks which group (and whose rights) applied on a given day.
-- participant_replica.target_group stays the latest reported group.
alter table participant_replica add column initial_target_group varchar(40);

create table participant_target_group_change_replica (
    participant_id  uuid        not null,
    effective_date  date        not null,
    target_group    varchar(40) not null,
    rights          varchar(40) not null,   -- RightsAfterChange (DUO AsielrechtenWijzigingVerblijfsdoel)
    primary key (participant_id, effective_date)
);

-- Issue 8 items 5 and 6: exemption.granted now carries the level of a partial vrijstelling (A2 or B1: it covers a
-- component only where the plan requires no more) and the participation-hours cap of a partial ontheffing
-- (DUO urenBelastbaarheidParticipatieactiviteit).
alter table exemption add column level varchar(4);
alter table exemption add column participation_hours_cap integer check (participation_hours_cap >= 0);

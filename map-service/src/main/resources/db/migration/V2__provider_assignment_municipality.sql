-- A MAP provider works for the municipality that contracted it (issue 9 item 6): an assignment holds only while the
-- participant lives there. After a move (E10) the old municipality's provider meets a 404, as any unassigned one.
alter table map_provider_assignment add column municipality_code varchar(6);

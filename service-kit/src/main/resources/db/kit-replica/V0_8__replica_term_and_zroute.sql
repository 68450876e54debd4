-- Issue 9: map- and pvt-service judge DUO's SDI016 date and verwijtbaar rules against the term (term.started and
-- term.extended on deadline.events) and the Z-route completion date (zroute.completed on pip.events).
-- The start is the one of the latest term.started (by CloudEvent time); the end is the latest end any of the two
-- events names (an extension only moves it later), so the arrival order does not matter.
alter table participant_replica add column term_start date;
alter table participant_replica add column term_end_exclusive date;
alter table participant_replica add column term_started_at timestamptz;
alter table participant_replica add column zroute_completed_on date;

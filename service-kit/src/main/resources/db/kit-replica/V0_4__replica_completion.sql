-- integration.completed: the day the participant met every requirement (datum voldaan). From then on the
-- obligation is over (DUO RedenGeenInburgeringsplicht "Inburgeringsplicht voldaan"): services refuse new work
-- for the case, as after an obligation end (issue 8 item 8b).
alter table participant_replica add column completed_on date;

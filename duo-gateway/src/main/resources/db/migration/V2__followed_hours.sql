-- DUO's GevolgdeUren (issue 13): the current total of each kind of followed hours, from pip-service's
-- zroute.hours-recorded, so the PUT of each kind carries the total as it is now. The total recorded last wins.
alter table person add column course_hours numeric(7, 2);
alter table person add column course_hours_recorded_at timestamptz;
alter table person add column participation_hours numeric(7, 2);
alter table person add column participation_hours_recorded_at timestamptz;
alter table person add column intake_language_hours numeric(7, 2);
alter table person add column intake_language_hours_recorded_at timestamptz;

-- Issue 8 item 8b: a full vrijstelling or ontheffing (exemption.granted with scope FULL, DUO "volledige
-- vrijstelling/ontheffing") ends the obligation from its validFrom; services refuse new work for the case from then.
-- The earliest full exemption counts.
alter table participant_replica add column fully_exempt_from date;

-- Issue 12 item 2: results of exams booked elsewhere (Mijn Inburgering), recorded from DUO without a registration
-- here. The attempt counts; who paid is not known here (payer null), nor where it was taken.
alter table exam_registration alter column payer drop not null;
alter table exam_registration alter column location drop not null;
alter table exam_registration add column source varchar(20) not null default 'BOOKED_HERE';
alter table exam_registration add column external_reference varchar(100);
create unique index exam_registration_external_reference on exam_registration (participant_id, external_reference)
    where external_reference is not null;

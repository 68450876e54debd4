-- Issue 8 item 1: the payment rule judges a component by the level the PIP requires for *that* component, not by
-- DUO's PIP level (the minimum over the components, A2 after any afschalen). The registration keeps the level
-- that was required on the registration day, the fact its payer was decided on. Rows written before this change
-- hold the PIP level there.
alter table exam_registration rename column plan_level to required_level;
comment on column exam_registration.required_level is
    'the level the PIP in force on the registration day required for this component (null: KNM, or none set)';

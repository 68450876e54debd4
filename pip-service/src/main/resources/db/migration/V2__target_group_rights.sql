-- Issue 8 item 4: DUO's AsielrechtenWijzigingVerblijfsdoel says which rights apply after a change of target group
-- ("Behoud asielrechten": a family migrant who keeps asylum rights). Changes recorded before this column get the
-- rights of their new group, which is what the system applied to them.
alter table target_group_change add column rights_after_change varchar(40);
update target_group_change set rights_after_change = case to_group
    when 'ASYLUM_PERMIT_HOLDER' then 'ASYLUM_RIGHTS_GRANTED' else 'MIGRANT_RIGHTS_GRANTED_ON_REQUEST' end;
alter table target_group_change alter column rights_after_change set not null;

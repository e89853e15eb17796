import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193402 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`association_event\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`kind\` text not null, \`parent_id\` integer null, \`start_date\` date not null, \`end_date\` date null, \`time_note\` text null, \`venue\` text null, \`description\` text null, constraint \`association_event_parent_id_foreign\` foreign key(\`parent_id\`) references \`association_event\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`association_event_parent_id_index\` on \`association_event\` (\`parent_id\`);`,
    );

    this.addSql(
      `create table \`association_unit\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`kind\` text not null, \`parent_id\` integer null, \`head_title\` text null, \`description\` text null, constraint \`association_unit_parent_id_foreign\` foreign key(\`parent_id\`) references \`association_unit\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create unique index \`association_unit_name_ar_unique\` on \`association_unit\` (\`name_ar\`);`,
    );
    this.addSql(`create index \`association_unit_parent_id_index\` on \`association_unit\` (\`parent_id\`);`);

    this.addSql(
      `create table \`association_program\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`kind\` text not null, \`unit_id\` integer null, \`goals\` text null, \`description\` text null, \`start_date\` date null, \`end_date\` date null, constraint \`association_program_unit_id_foreign\` foreign key(\`unit_id\`) references \`association_unit\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create unique index \`association_program_name_ar_unique\` on \`association_program\` (\`name_ar\`);`,
    );
    this.addSql(
      `create index \`association_program_unit_id_index\` on \`association_program\` (\`unit_id\`);`,
    );

    this.addSql(
      `create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` integer null, \`user_id\` integer null, \`user_email\` text null, \`before\` json null, \`after\` json null, \`reason\` text null, \`request_id\` text null);`,
    );
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);
    this.addSql(`create index \`audit_entry_user_id_index\` on \`audit_entry\` (\`user_id\`);`);
    this.addSql(
      `create index \`audit_entry_entity_type_entity_id_index\` on \`audit_entry\` (\`entity_type\`, \`entity_id\`);`,
    );

    this.addSql(
      `create table \`committee\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`program_id\` integer not null, \`kind\` text not null, \`name_ar\` text not null, \`mandate\` text null, constraint \`committee_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`committee_program_id_index\` on \`committee\` (\`program_id\`);`);
    this.addSql(
      `create unique index \`committee_program_id_name_ar_unique\` on \`committee\` (\`program_id\`, \`name_ar\`);`,
    );

    this.addSql(
      `create table \`committee_meeting\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`committee_id\` integer not null, \`held_on\` date not null, \`location\` text null, \`agenda\` text null, \`minutes\` text null, \`decisions\` text null, constraint \`committee_meeting_committee_id_foreign\` foreign key(\`committee_id\`) references \`committee\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`committee_meeting_committee_id_index\` on \`committee_meeting\` (\`committee_id\`);`,
    );
    this.addSql(`create index \`committee_meeting_held_on_index\` on \`committee_meeting\` (\`held_on\`);`);

    this.addSql(
      `create table \`district\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null);`,
    );
    this.addSql(`create unique index \`district_name_ar_unique\` on \`district\` (\`name_ar\`);`);

    this.addSql(
      `create table \`health_center\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`district_id\` integer not null, \`kind\` text not null, \`phone\` text null, \`email\` text null, \`address\` text null, \`active\` integer not null default true, constraint \`health_center_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`health_center_name_ar_unique\` on \`health_center\` (\`name_ar\`);`);
    this.addSql(`create index \`health_center_district_id_index\` on \`health_center\` (\`district_id\`);`);

    this.addSql(
      `create table \`impact_form\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`title\` text not null, \`target\` text not null, \`program_id\` integer null, \`description\` text null, constraint \`impact_form_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`impact_form_program_id_index\` on \`impact_form\` (\`program_id\`);`);

    this.addSql(
      `create table \`impact_question\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`form_id\` integer not null, \`position\` integer not null, \`kind\` text not null, \`prompt\` text not null, \`choices\` json not null, \`required\` integer not null default true, constraint \`impact_question_form_id_foreign\` foreign key(\`form_id\`) references \`impact_form\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`impact_question_form_id_index\` on \`impact_question\` (\`form_id\`);`);

    this.addSql(
      `create table \`partner\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`sector\` text not null, \`contact_name\` text null, \`phone\` text null, \`email\` text null, \`notes\` text null);`,
    );
    this.addSql(`create unique index \`partner_name_ar_unique\` on \`partner\` (\`name_ar\`);`);

    this.addSql(
      `create table \`person\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`gender\` text not null, \`phone\` text null, \`email\` text null, \`birth_year\` integer null, \`roles\` varchar(500) not null default '', \`notes\` text null);`,
    );

    this.addSql(
      `create table \`committee_member\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`committee_id\` integer not null, \`person_id\` integer not null, \`role\` text not null, \`since\` date null, \`until\` date null, constraint \`committee_member_committee_id_foreign\` foreign key(\`committee_id\`) references \`committee\`(\`id\`) on update cascade, constraint \`committee_member_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`committee_member_committee_id_index\` on \`committee_member\` (\`committee_id\`);`,
    );
    this.addSql(`create index \`committee_member_person_id_index\` on \`committee_member\` (\`person_id\`);`);
    this.addSql(
      `create unique index \`committee_member_committee_id_person_id_unique\` on \`committee_member\` (\`committee_id\`, \`person_id\`);`,
    );

    this.addSql(
      `create table \`committee_meeting_attendee\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`meeting_id\` integer not null, \`person_id\` integer not null, \`notes\` text null, constraint \`committee_meeting_attendee_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`committee_meeting\`(\`id\`) on update cascade, constraint \`committee_meeting_attendee_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`committee_meeting_attendee_meeting_id_index\` on \`committee_meeting_attendee\` (\`meeting_id\`);`,
    );
    this.addSql(
      `create index \`committee_meeting_attendee_person_id_index\` on \`committee_meeting_attendee\` (\`person_id\`);`,
    );
    this.addSql(
      `create unique index \`committee_meeting_attendee_meeting_id_person_id_unique\` on \`committee_meeting_attendee\` (\`meeting_id\`, \`person_id\`);`,
    );

    this.addSql(
      `create table \`association_entity\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`kind\` text not null, \`district_id\` integer null, \`center_id\` integer null, \`manager_id\` integer null, \`phone\` text null, \`email\` text null, \`address\` text null, \`description\` text null, \`active\` integer not null default true, constraint \`association_entity_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on delete set null on update cascade, constraint \`association_entity_center_id_foreign\` foreign key(\`center_id\`) references \`association_entity\`(\`id\`) on delete set null on update cascade, constraint \`association_entity_manager_id_foreign\` foreign key(\`manager_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create unique index \`association_entity_name_ar_unique\` on \`association_entity\` (\`name_ar\`);`,
    );
    this.addSql(
      `create index \`association_entity_district_id_index\` on \`association_entity\` (\`district_id\`);`,
    );
    this.addSql(
      `create index \`association_entity_center_id_index\` on \`association_entity\` (\`center_id\`);`,
    );
    this.addSql(
      `create index \`association_entity_manager_id_index\` on \`association_entity\` (\`manager_id\`);`,
    );
    this.addSql(
      `create index \`association_entity_kind_active_index\` on \`association_entity\` (\`kind\`, \`active\`);`,
    );

    this.addSql(
      `create table \`initiative\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`program_id\` integer not null, \`team_id\` integer not null, \`title\` text not null, \`service\` text not null, \`description\` text null, \`start_date\` date not null, \`end_date\` date null, \`beneficiaries\` integer null, \`supervising_unit_id\` integer null, \`supervisor_id\` integer null, \`status\` text not null, \`impact_form_id\` integer null, constraint \`initiative_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on update cascade, constraint \`initiative_team_id_foreign\` foreign key(\`team_id\`) references \`association_entity\`(\`id\`) on update cascade, constraint \`initiative_supervising_unit_id_foreign\` foreign key(\`supervising_unit_id\`) references \`association_unit\`(\`id\`) on delete set null on update cascade, constraint \`initiative_supervisor_id_foreign\` foreign key(\`supervisor_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`initiative_impact_form_id_foreign\` foreign key(\`impact_form_id\`) references \`impact_form\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`initiative_program_id_index\` on \`initiative\` (\`program_id\`);`);
    this.addSql(`create index \`initiative_team_id_index\` on \`initiative\` (\`team_id\`);`);
    this.addSql(
      `create index \`initiative_supervising_unit_id_index\` on \`initiative\` (\`supervising_unit_id\`);`,
    );
    this.addSql(`create index \`initiative_supervisor_id_index\` on \`initiative\` (\`supervisor_id\`);`);
    this.addSql(`create index \`initiative_impact_form_id_index\` on \`initiative\` (\`impact_form_id\`);`);
    this.addSql(
      `create index \`initiative_program_id_status_index\` on \`initiative\` (\`program_id\`, \`status\`);`,
    );

    this.addSql(
      `create table \`initiative_partner\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`initiative_id\` integer not null, \`partner_id\` integer not null, \`contribution\` text null, constraint \`initiative_partner_initiative_id_foreign\` foreign key(\`initiative_id\`) references \`initiative\`(\`id\`) on update cascade, constraint \`initiative_partner_partner_id_foreign\` foreign key(\`partner_id\`) references \`partner\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`initiative_partner_initiative_id_index\` on \`initiative_partner\` (\`initiative_id\`);`,
    );
    this.addSql(
      `create index \`initiative_partner_partner_id_index\` on \`initiative_partner\` (\`partner_id\`);`,
    );
    this.addSql(
      `create unique index \`initiative_partner_initiative_id_partner_id_unique\` on \`initiative_partner\` (\`initiative_id\`, \`partner_id\`);`,
    );

    this.addSql(
      `create table \`event_exhibitor\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`event_id\` integer not null, \`entity_id\` integer not null, \`notes\` text null, constraint \`event_exhibitor_event_id_foreign\` foreign key(\`event_id\`) references \`association_event\`(\`id\`) on update cascade, constraint \`event_exhibitor_entity_id_foreign\` foreign key(\`entity_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`event_exhibitor_event_id_index\` on \`event_exhibitor\` (\`event_id\`);`);
    this.addSql(`create index \`event_exhibitor_entity_id_index\` on \`event_exhibitor\` (\`entity_id\`);`);
    this.addSql(
      `create unique index \`event_exhibitor_event_id_entity_id_unique\` on \`event_exhibitor\` (\`event_id\`, \`entity_id\`);`,
    );

    this.addSql(
      `create table \`activity\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`entity_id\` integer not null, \`title\` text not null, \`held_on\` date not null, \`category\` text not null, \`participants\` integer null, \`description\` text null, constraint \`activity_entity_id_foreign\` foreign key(\`entity_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`activity_entity_id_index\` on \`activity\` (\`entity_id\`);`);
    this.addSql(`create index \`activity_held_on_index\` on \`activity\` (\`held_on\`);`);

    this.addSql(
      `create table \`program_offering\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`center_id\` integer not null, \`kind\` text not null, \`topic\` text null, \`status\` text not null, \`name_ar\` text not null, \`start_date\` date null, \`end_date\` date null, \`notes\` text null, constraint \`program_offering_center_id_foreign\` foreign key(\`center_id\`) references \`health_center\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`program_offering_center_id_index\` on \`program_offering\` (\`center_id\`);`);
    this.addSql(
      `create index \`program_offering_kind_topic_index\` on \`program_offering\` (\`kind\`, \`topic\`);`,
    );

    this.addSql(
      `create table \`group_meeting\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`offering_id\` integer not null, \`held_on\` date not null, \`topic\` text not null, \`notes\` text null, constraint \`group_meeting_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`group_meeting_offering_id_index\` on \`group_meeting\` (\`offering_id\`);`);

    this.addSql(
      `create table \`empowerment_priority\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`offering_id\` integer not null, \`title\` text not null, \`description\` text null, \`rank\` integer null, \`status\` text not null, constraint \`empowerment_priority_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`empowerment_priority_offering_id_index\` on \`empowerment_priority\` (\`offering_id\`);`,
    );

    this.addSql(
      `create table \`coaching_enrollment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`person_id\` integer not null, \`offering_id\` integer not null, \`coach_id\` integer null, \`access_route\` text not null, \`referring_physician_id\` integer null, \`status\` text not null, \`enrolled_on\` date not null, \`ended_on\` date null, \`goals\` text null, constraint \`coaching_enrollment_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade, constraint \`coaching_enrollment_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade, constraint \`coaching_enrollment_coach_id_foreign\` foreign key(\`coach_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`coaching_enrollment_referring_physician_id_foreign\` foreign key(\`referring_physician_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(
      `create index \`coaching_enrollment_person_id_index\` on \`coaching_enrollment\` (\`person_id\`);`,
    );
    this.addSql(
      `create index \`coaching_enrollment_offering_id_index\` on \`coaching_enrollment\` (\`offering_id\`);`,
    );
    this.addSql(
      `create index \`coaching_enrollment_coach_id_index\` on \`coaching_enrollment\` (\`coach_id\`);`,
    );
    this.addSql(
      `create index \`coaching_enrollment_referring_physician_id_index\` on \`coaching_enrollment\` (\`referring_physician_id\`);`,
    );

    this.addSql(
      `create table \`lifestyle_assessment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`enrollment_id\` integer not null, \`assessed_on\` date not null, \`weight_kg\` double null, \`height_cm\` double null, \`waist_cm\` double null, \`systolic_bp\` integer null, \`diastolic_bp\` integer null, \`fasting_glucose_mg_dl\` double null, \`hba1c_percent\` double null, \`activity_minutes_per_week\` integer null, \`fruit_veg_servings_per_day\` double null, \`sleep_hours_per_night\` double null, \`smoking_status\` text null, \`stress_level\` integer null, \`health_needs\` text null, \`notes\` text null, constraint \`lifestyle_assessment_enrollment_id_foreign\` foreign key(\`enrollment_id\`) references \`coaching_enrollment\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`lifestyle_assessment_enrollment_id_index\` on \`lifestyle_assessment\` (\`enrollment_id\`);`,
    );

    this.addSql(
      `create table \`coaching_session\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`enrollment_id\` integer not null, \`held_on\` date not null, \`mode\` text not null, \`duration_minutes\` integer null, \`progress\` text null, \`notes\` text null, constraint \`coaching_session_enrollment_id_foreign\` foreign key(\`enrollment_id\`) references \`coaching_enrollment\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`coaching_session_enrollment_id_index\` on \`coaching_session\` (\`enrollment_id\`);`,
    );

    this.addSql(
      `create table \`action_plan\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`offering_id\` integer not null, \`priority_id\` integer null, \`title\` text not null, \`status\` text not null, \`start_date\` date null, \`end_date\` date null, constraint \`action_plan_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade, constraint \`action_plan_priority_id_foreign\` foreign key(\`priority_id\`) references \`empowerment_priority\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`action_plan_offering_id_index\` on \`action_plan\` (\`offering_id\`);`);
    this.addSql(`create index \`action_plan_priority_id_index\` on \`action_plan\` (\`priority_id\`);`);

    this.addSql(
      `create table \`plan_action\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`plan_id\` integer not null, \`description\` text not null, \`owner_id\` integer null, \`due_date\` date null, \`status\` text not null, constraint \`plan_action_plan_id_foreign\` foreign key(\`plan_id\`) references \`action_plan\`(\`id\`) on update cascade, constraint \`plan_action_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`plan_action_plan_id_index\` on \`plan_action\` (\`plan_id\`);`);
    this.addSql(`create index \`plan_action_owner_id_index\` on \`plan_action\` (\`owner_id\`);`);

    this.addSql(
      `create table \`program_participant\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`program_id\` integer not null, \`entity_id\` integer not null, \`joined_on\` date null, \`notes\` text null, constraint \`program_participant_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on update cascade, constraint \`program_participant_entity_id_foreign\` foreign key(\`entity_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`program_participant_program_id_index\` on \`program_participant\` (\`program_id\`);`,
    );
    this.addSql(
      `create index \`program_participant_entity_id_index\` on \`program_participant\` (\`entity_id\`);`,
    );
    this.addSql(
      `create unique index \`program_participant_program_id_entity_id_unique\` on \`program_participant\` (\`program_id\`, \`entity_id\`);`,
    );

    this.addSql(
      `create table \`roster_entry\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`offering_id\` integer not null, \`person_id\` integer not null, \`role\` text not null, \`since\` date null, \`until\` date null, \`notes\` text null, constraint \`roster_entry_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade, constraint \`roster_entry_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`roster_entry_offering_id_index\` on \`roster_entry\` (\`offering_id\`);`);
    this.addSql(`create index \`roster_entry_person_id_index\` on \`roster_entry\` (\`person_id\`);`);

    this.addSql(
      `create table \`meeting_attendance\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`meeting_id\` integer not null, \`roster_entry_id\` integer not null, \`present\` integer not null default true, \`notes\` text null, constraint \`meeting_attendance_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`group_meeting\`(\`id\`) on update cascade, constraint \`meeting_attendance_roster_entry_id_foreign\` foreign key(\`roster_entry_id\`) references \`roster_entry\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`meeting_attendance_meeting_id_index\` on \`meeting_attendance\` (\`meeting_id\`);`,
    );
    this.addSql(
      `create index \`meeting_attendance_roster_entry_id_index\` on \`meeting_attendance\` (\`roster_entry_id\`);`,
    );
    this.addSql(
      `create unique index \`meeting_attendance_meeting_id_roster_entry_id_unique\` on \`meeting_attendance\` (\`meeting_id\`, \`roster_entry_id\`);`,
    );

    this.addSql(
      `create table \`training_event\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`title\` text not null, \`kind\` text not null, \`audience\` text not null, \`organizer\` text not null, \`start_date\` date not null, \`end_date\` date null, \`location\` text null, \`hours\` double null, \`description\` text null);`,
    );

    this.addSql(
      `create table \`training_attendance\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`event_id\` integer not null, \`person_id\` integer not null, \`status\` text not null, \`notes\` text null, constraint \`training_attendance_event_id_foreign\` foreign key(\`event_id\`) references \`training_event\`(\`id\`) on update cascade, constraint \`training_attendance_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`training_attendance_event_id_index\` on \`training_attendance\` (\`event_id\`);`,
    );
    this.addSql(
      `create index \`training_attendance_person_id_index\` on \`training_attendance\` (\`person_id\`);`,
    );
    this.addSql(
      `create unique index \`training_attendance_event_id_person_id_unique\` on \`training_attendance\` (\`event_id\`, \`person_id\`);`,
    );

    this.addSql(
      `create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`email\` text not null, \`display_name\` text not null, \`role\` text not null, \`center_ids\` varchar(500) not null default '', \`person_id\` integer null, \`active\` integer not null default true, \`password_hash\` text not null, constraint \`app_user_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_person_id_index\` on \`app_user\` (\`person_id\`);`);

    this.addSql(
      `create table \`app_session\` (\`token_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`app_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade, primary key (\`token_hash\`));`,
    );
    this.addSql(`create index \`app_session_user_id_index\` on \`app_session\` (\`user_id\`);`);

    this.addSql(
      `create table \`visit_group\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`program_id\` integer not null, \`name_ar\` text not null, \`notes\` text null, constraint \`visit_group_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`visit_group_program_id_index\` on \`visit_group\` (\`program_id\`);`);
    this.addSql(
      `create unique index \`visit_group_program_id_name_ar_unique\` on \`visit_group\` (\`program_id\`, \`name_ar\`);`,
    );

    this.addSql(
      `create table \`visit\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`program_id\` integer not null, \`kind\` text not null, \`host_entity_id\` integer not null, \`group_id\` integer null, \`committee_id\` integer null, \`scheduled_on\` date not null, \`status\` text not null, \`host_activity_id\` integer null, \`report_viewed\` integer not null default false, \`report_notes\` text null, \`discussion_notes\` text null, \`impact_form_id\` integer null, \`notes\` text null, constraint \`visit_program_id_foreign\` foreign key(\`program_id\`) references \`association_program\`(\`id\`) on update cascade, constraint \`visit_host_entity_id_foreign\` foreign key(\`host_entity_id\`) references \`association_entity\`(\`id\`) on update cascade, constraint \`visit_group_id_foreign\` foreign key(\`group_id\`) references \`visit_group\`(\`id\`) on delete set null on update cascade, constraint \`visit_committee_id_foreign\` foreign key(\`committee_id\`) references \`committee\`(\`id\`) on delete set null on update cascade, constraint \`visit_host_activity_id_foreign\` foreign key(\`host_activity_id\`) references \`activity\`(\`id\`) on delete set null on update cascade, constraint \`visit_impact_form_id_foreign\` foreign key(\`impact_form_id\`) references \`impact_form\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`visit_program_id_index\` on \`visit\` (\`program_id\`);`);
    this.addSql(`create index \`visit_host_entity_id_index\` on \`visit\` (\`host_entity_id\`);`);
    this.addSql(`create index \`visit_group_id_index\` on \`visit\` (\`group_id\`);`);
    this.addSql(`create index \`visit_committee_id_index\` on \`visit\` (\`committee_id\`);`);
    this.addSql(`create index \`visit_scheduled_on_index\` on \`visit\` (\`scheduled_on\`);`);
    this.addSql(`create index \`visit_host_activity_id_index\` on \`visit\` (\`host_activity_id\`);`);
    this.addSql(`create index \`visit_impact_form_id_index\` on \`visit\` (\`impact_form_id\`);`);
    this.addSql(
      `create index \`visit_program_id_kind_status_index\` on \`visit\` (\`program_id\`, \`kind\`, \`status\`);`,
    );

    this.addSql(
      `create table \`form_response\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`form_id\` integer not null, \`visit_id\` integer null, \`initiative_id\` integer null, \`respondent_name\` text null, \`submitted_on\` date not null, \`answers\` json not null, constraint \`form_response_form_id_foreign\` foreign key(\`form_id\`) references \`impact_form\`(\`id\`) on update cascade, constraint \`form_response_visit_id_foreign\` foreign key(\`visit_id\`) references \`visit\`(\`id\`) on delete set null on update cascade, constraint \`form_response_initiative_id_foreign\` foreign key(\`initiative_id\`) references \`initiative\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`form_response_form_id_index\` on \`form_response\` (\`form_id\`);`);
    this.addSql(`create index \`form_response_visit_id_index\` on \`form_response\` (\`visit_id\`);`);
    this.addSql(
      `create index \`form_response_initiative_id_index\` on \`form_response\` (\`initiative_id\`);`,
    );

    this.addSql(
      `create table \`visit_group_member\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`group_id\` integer not null, \`entity_id\` integer not null, \`position\` integer not null, constraint \`visit_group_member_group_id_foreign\` foreign key(\`group_id\`) references \`visit_group\`(\`id\`) on update cascade, constraint \`visit_group_member_entity_id_foreign\` foreign key(\`entity_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`visit_group_member_group_id_index\` on \`visit_group_member\` (\`group_id\`);`,
    );
    this.addSql(
      `create index \`visit_group_member_entity_id_index\` on \`visit_group_member\` (\`entity_id\`);`,
    );
    this.addSql(
      `create unique index \`visit_group_member_group_id_entity_id_unique\` on \`visit_group_member\` (\`group_id\`, \`entity_id\`);`,
    );

    this.addSql(
      `create table \`visit_participant\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`visit_id\` integer not null, \`entity_id\` integer not null, \`notes\` text null, constraint \`visit_participant_visit_id_foreign\` foreign key(\`visit_id\`) references \`visit\`(\`id\`) on update cascade, constraint \`visit_participant_entity_id_foreign\` foreign key(\`entity_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`visit_participant_visit_id_index\` on \`visit_participant\` (\`visit_id\`);`);
    this.addSql(
      `create index \`visit_participant_entity_id_index\` on \`visit_participant\` (\`entity_id\`);`,
    );
    this.addSql(
      `create unique index \`visit_participant_visit_id_entity_id_unique\` on \`visit_participant\` (\`visit_id\`, \`entity_id\`);`,
    );

    this.addSql(
      `create table \`volunteer\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`person_id\` integer not null, \`joined_on\` date null, \`skills\` varchar(500) not null default '', \`skills_note\` text null, \`notes\` text null, constraint \`volunteer_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`volunteer_person_id_index\` on \`volunteer\` (\`person_id\`);`);
    this.addSql(`create unique index \`volunteer_person_id_unique\` on \`volunteer\` (\`person_id\`);`);

    this.addSql(
      `create table \`initiative_volunteer\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`initiative_id\` integer not null, \`volunteer_id\` integer not null, \`hours\` double not null default 0, \`notes\` text null, constraint \`initiative_volunteer_initiative_id_foreign\` foreign key(\`initiative_id\`) references \`initiative\`(\`id\`) on update cascade, constraint \`initiative_volunteer_volunteer_id_foreign\` foreign key(\`volunteer_id\`) references \`volunteer\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`initiative_volunteer_initiative_id_index\` on \`initiative_volunteer\` (\`initiative_id\`);`,
    );
    this.addSql(
      `create index \`initiative_volunteer_volunteer_id_index\` on \`initiative_volunteer\` (\`volunteer_id\`);`,
    );
    this.addSql(
      `create unique index \`initiative_volunteer_initiative_id_volunteer_id_unique\` on \`initiative_volunteer\` (\`initiative_id\`, \`volunteer_id\`);`,
    );

    this.addSql(
      `create table \`volunteer_team_member\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`deleted_at\` datetime null, \`search_key\` text not null default '', \`volunteer_id\` integer not null, \`team_id\` integer not null, \`role\` text not null, \`since\` date null, \`until\` date null, constraint \`volunteer_team_member_volunteer_id_foreign\` foreign key(\`volunteer_id\`) references \`volunteer\`(\`id\`) on update cascade, constraint \`volunteer_team_member_team_id_foreign\` foreign key(\`team_id\`) references \`association_entity\`(\`id\`) on update cascade);`,
    );
    this.addSql(
      `create index \`volunteer_team_member_volunteer_id_index\` on \`volunteer_team_member\` (\`volunteer_id\`);`,
    );
    this.addSql(
      `create index \`volunteer_team_member_team_id_index\` on \`volunteer_team_member\` (\`team_id\`);`,
    );
    this.addSql(
      `create unique index \`volunteer_team_member_volunteer_id_team_id_unique\` on \`volunteer_team_member\` (\`volunteer_id\`, \`team_id\`);`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193403 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "association_event" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(200) not null, "name_en" varchar(200) null, "kind" varchar(20) not null, "parent_id" int null, "start_date" date not null, "end_date" date null, "time_note" varchar(100) null, "venue" varchar(300) null, "description" text null);`,
    );

    this.addSql(
      `create table "association_unit" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "kind" varchar(30) not null, "parent_id" int null, "head_title" varchar(300) null, "description" text null);`,
    );
    this.addSql(
      `alter table "association_unit" add constraint "association_unit_name_ar_unique" unique ("name_ar");`,
    );

    this.addSql(
      `create table "association_program" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "kind" varchar(30) not null, "unit_id" int null, "goals" text null, "description" text null, "start_date" date null, "end_date" date null);`,
    );
    this.addSql(
      `alter table "association_program" add constraint "association_program_name_ar_unique" unique ("name_ar");`,
    );

    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "action" varchar(20) not null, "entity_type" varchar(60) not null, "entity_id" int null, "user_id" int null, "user_email" varchar(200) null, "before" jsonb null, "after" jsonb null, "reason" varchar(500) null, "request_id" varchar(64) null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_user_id_index" on "audit_entry" ("user_id");`);
    this.addSql(
      `create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "committee" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "program_id" int not null, "kind" varchar(20) not null, "name_ar" varchar(150) not null, "mandate" text null);`,
    );
    this.addSql(
      `alter table "committee" add constraint "committee_program_id_name_ar_unique" unique ("program_id", "name_ar");`,
    );

    this.addSql(
      `create table "committee_meeting" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "committee_id" int not null, "held_on" date not null, "location" varchar(300) null, "agenda" text null, "minutes" text null, "decisions" text null);`,
    );
    this.addSql(`create index "committee_meeting_held_on_index" on "committee_meeting" ("held_on");`);

    this.addSql(
      `create table "district" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null);`,
    );
    this.addSql(`alter table "district" add constraint "district_name_ar_unique" unique ("name_ar");`);

    this.addSql(
      `create table "health_center" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "district_id" int not null, "kind" varchar(40) not null, "phone" varchar(20) null, "email" varchar(200) null, "address" varchar(300) null, "active" boolean not null default true);`,
    );
    this.addSql(
      `alter table "health_center" add constraint "health_center_name_ar_unique" unique ("name_ar");`,
    );

    this.addSql(
      `create table "impact_form" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "title" varchar(200) not null, "target" varchar(20) not null, "program_id" int null, "description" text null);`,
    );

    this.addSql(
      `create table "impact_question" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "form_id" int not null, "position" int not null, "kind" varchar(20) not null, "prompt" varchar(500) not null, "choices" jsonb not null, "required" boolean not null default true);`,
    );

    this.addSql(
      `create table "partner" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(200) not null, "name_en" varchar(200) null, "sector" varchar(20) not null, "contact_name" varchar(150) null, "phone" varchar(20) null, "email" varchar(200) null, "notes" text null);`,
    );
    this.addSql(`alter table "partner" add constraint "partner_name_ar_unique" unique ("name_ar");`);

    this.addSql(
      `create table "person" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "gender" varchar(10) not null, "phone" varchar(20) null, "email" varchar(200) null, "birth_year" int null, "roles" varchar(500) not null default '', "notes" text null);`,
    );

    this.addSql(
      `create table "committee_member" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "committee_id" int not null, "person_id" int not null, "role" varchar(20) not null, "since" date null, "until" date null);`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_committee_id_person_id_unique" unique ("committee_id", "person_id");`,
    );

    this.addSql(
      `create table "committee_meeting_attendee" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "meeting_id" int not null, "person_id" int not null, "notes" varchar(300) null);`,
    );
    this.addSql(
      `alter table "committee_meeting_attendee" add constraint "committee_meeting_attendee_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`,
    );

    this.addSql(
      `create table "association_entity" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "kind" varchar(30) not null, "district_id" int null, "center_id" int null, "manager_id" int null, "phone" varchar(20) null, "email" varchar(200) null, "address" varchar(300) null, "description" text null, "active" boolean not null default true);`,
    );
    this.addSql(
      `alter table "association_entity" add constraint "association_entity_name_ar_unique" unique ("name_ar");`,
    );
    this.addSql(
      `create index "association_entity_kind_active_index" on "association_entity" ("kind", "active");`,
    );

    this.addSql(
      `create table "initiative" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "program_id" int not null, "team_id" int not null, "title" varchar(200) not null, "service" varchar(30) not null, "description" text null, "start_date" date not null, "end_date" date null, "beneficiaries" int null, "supervising_unit_id" int null, "supervisor_id" int null, "status" varchar(20) not null, "impact_form_id" int null);`,
    );
    this.addSql(
      `create index "initiative_program_id_status_index" on "initiative" ("program_id", "status");`,
    );

    this.addSql(
      `create table "initiative_partner" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "initiative_id" int not null, "partner_id" int not null, "contribution" varchar(300) null);`,
    );
    this.addSql(
      `alter table "initiative_partner" add constraint "initiative_partner_initiative_id_partner_id_unique" unique ("initiative_id", "partner_id");`,
    );

    this.addSql(
      `create table "event_exhibitor" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "event_id" int not null, "entity_id" int not null, "notes" varchar(300) null);`,
    );
    this.addSql(
      `alter table "event_exhibitor" add constraint "event_exhibitor_event_id_entity_id_unique" unique ("event_id", "entity_id");`,
    );

    this.addSql(
      `create table "activity" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "entity_id" int not null, "title" varchar(200) not null, "held_on" date not null, "category" varchar(20) not null, "participants" int null, "description" text null);`,
    );
    this.addSql(`create index "activity_held_on_index" on "activity" ("held_on");`);

    this.addSql(
      `create table "program_offering" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "center_id" int not null, "kind" varchar(40) not null, "topic" varchar(40) null, "status" varchar(20) not null, "name_ar" varchar(200) not null, "start_date" date null, "end_date" date null, "notes" text null);`,
    );
    this.addSql(`create index "program_offering_kind_topic_index" on "program_offering" ("kind", "topic");`);

    this.addSql(
      `create table "group_meeting" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "offering_id" int not null, "held_on" date not null, "topic" varchar(200) not null, "notes" text null);`,
    );
    this.addSql(`create index "group_meeting_offering_id_index" on "group_meeting" ("offering_id");`);

    this.addSql(
      `create table "empowerment_priority" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "offering_id" int not null, "title" varchar(200) not null, "description" text null, "rank" int null, "status" varchar(20) not null);`,
    );
    this.addSql(
      `create index "empowerment_priority_offering_id_index" on "empowerment_priority" ("offering_id");`,
    );

    this.addSql(
      `create table "coaching_enrollment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "person_id" int not null, "offering_id" int not null, "coach_id" int null, "access_route" varchar(30) not null, "referring_physician_id" int null, "status" varchar(20) not null, "enrolled_on" date not null, "ended_on" date null, "goals" text null);`,
    );
    this.addSql(`create index "coaching_enrollment_person_id_index" on "coaching_enrollment" ("person_id");`);
    this.addSql(
      `create index "coaching_enrollment_offering_id_index" on "coaching_enrollment" ("offering_id");`,
    );
    this.addSql(`create index "coaching_enrollment_coach_id_index" on "coaching_enrollment" ("coach_id");`);
    this.addSql(
      `create index "coaching_enrollment_referring_physician_id_index" on "coaching_enrollment" ("referring_physician_id");`,
    );

    this.addSql(
      `create table "lifestyle_assessment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "enrollment_id" int not null, "assessed_on" date not null, "weight_kg" double precision null, "height_cm" double precision null, "waist_cm" double precision null, "systolic_bp" int null, "diastolic_bp" int null, "fasting_glucose_mg_dl" double precision null, "hba1c_percent" double precision null, "activity_minutes_per_week" int null, "fruit_veg_servings_per_day" double precision null, "sleep_hours_per_night" double precision null, "smoking_status" varchar(10) null, "stress_level" int null, "health_needs" text null, "notes" text null);`,
    );
    this.addSql(
      `create index "lifestyle_assessment_enrollment_id_index" on "lifestyle_assessment" ("enrollment_id");`,
    );

    this.addSql(
      `create table "coaching_session" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "enrollment_id" int not null, "held_on" date not null, "mode" varchar(20) not null, "duration_minutes" int null, "progress" varchar(20) null, "notes" text null);`,
    );
    this.addSql(
      `create index "coaching_session_enrollment_id_index" on "coaching_session" ("enrollment_id");`,
    );

    this.addSql(
      `create table "action_plan" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "offering_id" int not null, "priority_id" int null, "title" varchar(200) not null, "status" varchar(20) not null, "start_date" date null, "end_date" date null);`,
    );
    this.addSql(`create index "action_plan_offering_id_index" on "action_plan" ("offering_id");`);
    this.addSql(`create index "action_plan_priority_id_index" on "action_plan" ("priority_id");`);

    this.addSql(
      `create table "plan_action" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "plan_id" int not null, "description" varchar(500) not null, "owner_id" int null, "due_date" date null, "status" varchar(20) not null);`,
    );
    this.addSql(`create index "plan_action_plan_id_index" on "plan_action" ("plan_id");`);
    this.addSql(`create index "plan_action_owner_id_index" on "plan_action" ("owner_id");`);

    this.addSql(
      `create table "program_participant" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "program_id" int not null, "entity_id" int not null, "joined_on" date null, "notes" varchar(300) null);`,
    );
    this.addSql(
      `alter table "program_participant" add constraint "program_participant_program_id_entity_id_unique" unique ("program_id", "entity_id");`,
    );

    this.addSql(
      `create table "roster_entry" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "offering_id" int not null, "person_id" int not null, "role" varchar(30) not null, "since" date null, "until" date null, "notes" varchar(300) null);`,
    );

    this.addSql(
      `create table "meeting_attendance" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "meeting_id" int not null, "roster_entry_id" int not null, "present" boolean not null default true, "notes" varchar(300) null);`,
    );
    this.addSql(
      `create index "meeting_attendance_roster_entry_id_index" on "meeting_attendance" ("roster_entry_id");`,
    );
    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_roster_entry_id_unique" unique ("meeting_id", "roster_entry_id");`,
    );

    this.addSql(
      `create table "training_event" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "title" varchar(200) not null, "kind" varchar(30) not null, "audience" varchar(30) not null, "organizer" varchar(30) not null, "start_date" date not null, "end_date" date null, "location" varchar(300) null, "hours" double precision null, "description" text null);`,
    );

    this.addSql(
      `create table "training_attendance" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "event_id" int not null, "person_id" int not null, "status" varchar(20) not null, "notes" varchar(300) null);`,
    );
    this.addSql(`create index "training_attendance_person_id_index" on "training_attendance" ("person_id");`);
    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_event_id_person_id_unique" unique ("event_id", "person_id");`,
    );

    this.addSql(
      `create table "app_user" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "email" varchar(200) not null, "display_name" varchar(150) not null, "role" varchar(20) not null, "center_ids" varchar(500) not null default '', "person_id" int null, "active" boolean not null default true, "password_hash" varchar(200) not null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "app_session" ("token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "app_session_pkey" primary key ("token_hash"));`,
    );

    this.addSql(
      `create table "visit_group" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "program_id" int not null, "name_ar" varchar(150) not null, "notes" text null);`,
    );
    this.addSql(
      `alter table "visit_group" add constraint "visit_group_program_id_name_ar_unique" unique ("program_id", "name_ar");`,
    );

    this.addSql(
      `create table "visit" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "program_id" int not null, "kind" varchar(20) not null, "host_entity_id" int not null, "group_id" int null, "committee_id" int null, "scheduled_on" date not null, "status" varchar(20) not null, "host_activity_id" int null, "report_viewed" boolean not null default false, "report_notes" text null, "discussion_notes" text null, "impact_form_id" int null, "notes" text null);`,
    );
    this.addSql(`create index "visit_scheduled_on_index" on "visit" ("scheduled_on");`);
    this.addSql(
      `create index "visit_program_id_kind_status_index" on "visit" ("program_id", "kind", "status");`,
    );

    this.addSql(
      `create table "form_response" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "form_id" int not null, "visit_id" int null, "initiative_id" int null, "respondent_name" varchar(150) null, "submitted_on" date not null, "answers" jsonb not null);`,
    );

    this.addSql(
      `create table "visit_group_member" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "group_id" int not null, "entity_id" int not null, "position" int not null);`,
    );
    this.addSql(
      `alter table "visit_group_member" add constraint "visit_group_member_group_id_entity_id_unique" unique ("group_id", "entity_id");`,
    );

    this.addSql(
      `create table "visit_participant" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "visit_id" int not null, "entity_id" int not null, "notes" varchar(300) null);`,
    );
    this.addSql(
      `alter table "visit_participant" add constraint "visit_participant_visit_id_entity_id_unique" unique ("visit_id", "entity_id");`,
    );

    this.addSql(
      `create table "volunteer" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "person_id" int not null, "joined_on" date null, "skills" varchar(500) not null default '', "skills_note" varchar(300) null, "notes" text null);`,
    );
    this.addSql(`alter table "volunteer" add constraint "volunteer_person_id_unique" unique ("person_id");`);

    this.addSql(
      `create table "initiative_volunteer" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "initiative_id" int not null, "volunteer_id" int not null, "hours" double precision not null default 0, "notes" varchar(300) null);`,
    );
    this.addSql(
      `alter table "initiative_volunteer" add constraint "initiative_volunteer_initiative_id_volunteer_id_unique" unique ("initiative_id", "volunteer_id");`,
    );

    this.addSql(
      `create table "volunteer_team_member" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "deleted_at" timestamptz null, "search_key" text not null default '', "volunteer_id" int not null, "team_id" int not null, "role" varchar(20) not null, "since" date null, "until" date null);`,
    );
    this.addSql(
      `alter table "volunteer_team_member" add constraint "volunteer_team_member_volunteer_id_team_id_unique" unique ("volunteer_id", "team_id");`,
    );

    this.addSql(
      `alter table "association_event" add constraint "association_event_parent_id_foreign" foreign key ("parent_id") references "association_event" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "association_unit" add constraint "association_unit_parent_id_foreign" foreign key ("parent_id") references "association_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "association_program" add constraint "association_program_unit_id_foreign" foreign key ("unit_id") references "association_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "committee" add constraint "committee_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "committee_meeting" add constraint "committee_meeting_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "health_center" add constraint "health_center_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "impact_form" add constraint "impact_form_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "impact_question" add constraint "impact_question_form_id_foreign" foreign key ("form_id") references "impact_form" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "committee_member" add constraint "committee_member_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "committee_meeting_attendee" add constraint "committee_meeting_attendee_meeting_id_foreign" foreign key ("meeting_id") references "committee_meeting" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "committee_meeting_attendee" add constraint "committee_meeting_attendee_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "association_entity" add constraint "association_entity_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "association_entity" add constraint "association_entity_center_id_foreign" foreign key ("center_id") references "association_entity" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "association_entity" add constraint "association_entity_manager_id_foreign" foreign key ("manager_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "initiative" add constraint "initiative_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_team_id_foreign" foreign key ("team_id") references "association_entity" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_supervising_unit_id_foreign" foreign key ("supervising_unit_id") references "association_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_supervisor_id_foreign" foreign key ("supervisor_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "initiative" add constraint "initiative_impact_form_id_foreign" foreign key ("impact_form_id") references "impact_form" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "initiative_partner" add constraint "initiative_partner_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "initiative_partner" add constraint "initiative_partner_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "event_exhibitor" add constraint "event_exhibitor_event_id_foreign" foreign key ("event_id") references "association_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "event_exhibitor" add constraint "event_exhibitor_entity_id_foreign" foreign key ("entity_id") references "association_entity" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "activity" add constraint "activity_entity_id_foreign" foreign key ("entity_id") references "association_entity" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "program_offering" add constraint "program_offering_center_id_foreign" foreign key ("center_id") references "health_center" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "group_meeting" add constraint "group_meeting_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "empowerment_priority" add constraint "empowerment_priority_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coaching_enrollment" add constraint "coaching_enrollment_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coaching_enrollment" add constraint "coaching_enrollment_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "coaching_enrollment" add constraint "coaching_enrollment_coach_id_foreign" foreign key ("coach_id") references "person" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "coaching_enrollment" add constraint "coaching_enrollment_referring_physician_id_foreign" foreign key ("referring_physician_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "lifestyle_assessment" add constraint "lifestyle_assessment_enrollment_id_foreign" foreign key ("enrollment_id") references "coaching_enrollment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "coaching_session" add constraint "coaching_session_enrollment_id_foreign" foreign key ("enrollment_id") references "coaching_enrollment" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "action_plan" add constraint "action_plan_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "action_plan" add constraint "action_plan_priority_id_foreign" foreign key ("priority_id") references "empowerment_priority" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "plan_action" add constraint "plan_action_plan_id_foreign" foreign key ("plan_id") references "action_plan" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "plan_action" add constraint "plan_action_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "program_participant" add constraint "program_participant_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "program_participant" add constraint "program_participant_entity_id_foreign" foreign key ("entity_id") references "association_entity" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "roster_entry" add constraint "roster_entry_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "roster_entry" add constraint "roster_entry_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "group_meeting" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_roster_entry_id_foreign" foreign key ("roster_entry_id") references "roster_entry" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_event_id_foreign" foreign key ("event_id") references "training_event" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "training_attendance" add constraint "training_attendance_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit_group" add constraint "visit_group_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_program_id_foreign" foreign key ("program_id") references "association_program" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_host_entity_id_foreign" foreign key ("host_entity_id") references "association_entity" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_group_id_foreign" foreign key ("group_id") references "visit_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_host_activity_id_foreign" foreign key ("host_activity_id") references "activity" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "visit" add constraint "visit_impact_form_id_foreign" foreign key ("impact_form_id") references "impact_form" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "form_response" add constraint "form_response_form_id_foreign" foreign key ("form_id") references "impact_form" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "form_response" add constraint "form_response_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "form_response" add constraint "form_response_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "visit_group_member" add constraint "visit_group_member_group_id_foreign" foreign key ("group_id") references "visit_group" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit_group_member" add constraint "visit_group_member_entity_id_foreign" foreign key ("entity_id") references "association_entity" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit_participant" add constraint "visit_participant_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "visit_participant" add constraint "visit_participant_entity_id_foreign" foreign key ("entity_id") references "association_entity" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "volunteer" add constraint "volunteer_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "initiative_volunteer" add constraint "initiative_volunteer_initiative_id_foreign" foreign key ("initiative_id") references "initiative" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "initiative_volunteer" add constraint "initiative_volunteer_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "volunteer_team_member" add constraint "volunteer_team_member_volunteer_id_foreign" foreign key ("volunteer_id") references "volunteer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "volunteer_team_member" add constraint "volunteer_team_member_team_id_foreign" foreign key ("team_id") references "association_entity" ("id") on update cascade;`,
    );
  }
}

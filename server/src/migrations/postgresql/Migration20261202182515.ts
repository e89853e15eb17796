import { Migration } from '@mikro-orm/migrations';

export class Migration20261202182515 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "association_event_parent_id_index" on "association_event" ("parent_id");`);

    this.addSql(`create index "association_unit_parent_id_index" on "association_unit" ("parent_id");`);

    this.addSql(`create index "association_program_unit_id_index" on "association_program" ("unit_id");`);

    this.addSql(`create index "committee_meeting_committee_id_index" on "committee_meeting" ("committee_id");`);

    this.addSql(`create index "health_center_district_id_index" on "health_center" ("district_id");`);

    this.addSql(`create index "impact_form_program_id_index" on "impact_form" ("program_id");`);

    this.addSql(`create index "impact_question_form_id_index" on "impact_question" ("form_id");`);

    this.addSql(`create index "committee_member_person_id_index" on "committee_member" ("person_id");`);

    this.addSql(`create index "committee_meeting_attendee_person_id_index" on "committee_meeting_attendee" ("person_id");`);

    this.addSql(`create index "association_entity_district_id_index" on "association_entity" ("district_id");`);
    this.addSql(`create index "association_entity_center_id_index" on "association_entity" ("center_id");`);
    this.addSql(`create index "association_entity_manager_id_index" on "association_entity" ("manager_id");`);

    this.addSql(`create index "initiative_team_id_index" on "initiative" ("team_id");`);
    this.addSql(`create index "initiative_supervising_unit_id_index" on "initiative" ("supervising_unit_id");`);
    this.addSql(`create index "initiative_supervisor_id_index" on "initiative" ("supervisor_id");`);
    this.addSql(`create index "initiative_impact_form_id_index" on "initiative" ("impact_form_id");`);

    this.addSql(`create index "initiative_partner_partner_id_index" on "initiative_partner" ("partner_id");`);

    this.addSql(`create index "event_exhibitor_entity_id_index" on "event_exhibitor" ("entity_id");`);

    this.addSql(`create index "activity_entity_id_index" on "activity" ("entity_id");`);

    this.addSql(`create index "program_offering_center_id_index" on "program_offering" ("center_id");`);

    this.addSql(`create index "program_participant_entity_id_index" on "program_participant" ("entity_id");`);

    this.addSql(`create index "roster_entry_offering_id_index" on "roster_entry" ("offering_id");`);
    this.addSql(`create index "roster_entry_person_id_index" on "roster_entry" ("person_id");`);

    this.addSql(`create index "app_user_person_id_index" on "app_user" ("person_id");`);

    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);

    this.addSql(`create index "visit_host_entity_id_index" on "visit" ("host_entity_id");`);
    this.addSql(`create index "visit_group_id_index" on "visit" ("group_id");`);
    this.addSql(`create index "visit_committee_id_index" on "visit" ("committee_id");`);
    this.addSql(`create index "visit_host_activity_id_index" on "visit" ("host_activity_id");`);
    this.addSql(`create index "visit_impact_form_id_index" on "visit" ("impact_form_id");`);

    this.addSql(`create index "form_response_form_id_index" on "form_response" ("form_id");`);
    this.addSql(`create index "form_response_visit_id_index" on "form_response" ("visit_id");`);
    this.addSql(`create index "form_response_initiative_id_index" on "form_response" ("initiative_id");`);

    this.addSql(`create index "visit_group_member_entity_id_index" on "visit_group_member" ("entity_id");`);

    this.addSql(`create index "visit_participant_entity_id_index" on "visit_participant" ("entity_id");`);

    this.addSql(`create index "initiative_volunteer_volunteer_id_index" on "initiative_volunteer" ("volunteer_id");`);

    this.addSql(`create index "volunteer_team_member_team_id_index" on "volunteer_team_member" ("team_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "activity_entity_id_index";`);

    this.addSql(`drop index "app_session_user_id_index";`);

    this.addSql(`drop index "app_user_person_id_index";`);

    this.addSql(`drop index "association_entity_district_id_index";`);
    this.addSql(`drop index "association_entity_center_id_index";`);
    this.addSql(`drop index "association_entity_manager_id_index";`);

    this.addSql(`drop index "association_event_parent_id_index";`);

    this.addSql(`drop index "association_program_unit_id_index";`);

    this.addSql(`drop index "association_unit_parent_id_index";`);

    this.addSql(`drop index "committee_meeting_committee_id_index";`);

    this.addSql(`drop index "committee_meeting_attendee_person_id_index";`);

    this.addSql(`drop index "committee_member_person_id_index";`);

    this.addSql(`drop index "event_exhibitor_entity_id_index";`);

    this.addSql(`drop index "form_response_form_id_index";`);
    this.addSql(`drop index "form_response_visit_id_index";`);
    this.addSql(`drop index "form_response_initiative_id_index";`);

    this.addSql(`drop index "health_center_district_id_index";`);

    this.addSql(`drop index "impact_form_program_id_index";`);

    this.addSql(`drop index "impact_question_form_id_index";`);

    this.addSql(`drop index "initiative_team_id_index";`);
    this.addSql(`drop index "initiative_supervising_unit_id_index";`);
    this.addSql(`drop index "initiative_supervisor_id_index";`);
    this.addSql(`drop index "initiative_impact_form_id_index";`);

    this.addSql(`drop index "initiative_partner_partner_id_index";`);

    this.addSql(`drop index "initiative_volunteer_volunteer_id_index";`);

    this.addSql(`drop index "program_offering_center_id_index";`);

    this.addSql(`drop index "program_participant_entity_id_index";`);

    this.addSql(`drop index "roster_entry_offering_id_index";`);
    this.addSql(`drop index "roster_entry_person_id_index";`);

    this.addSql(`drop index "visit_host_entity_id_index";`);
    this.addSql(`drop index "visit_group_id_index";`);
    this.addSql(`drop index "visit_committee_id_index";`);
    this.addSql(`drop index "visit_host_activity_id_index";`);
    this.addSql(`drop index "visit_impact_form_id_index";`);

    this.addSql(`drop index "visit_group_member_entity_id_index";`);

    this.addSql(`drop index "visit_participant_entity_id_index";`);

    this.addSql(`drop index "volunteer_team_member_team_id_index";`);
  }

}

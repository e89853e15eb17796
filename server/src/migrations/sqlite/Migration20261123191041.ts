import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191041 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`district\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null);`,
    );
    this.addSql(`create unique index \`district_name_ar_unique\` on \`district\` (\`name_ar\`);`);

    this.addSql(
      `create table \`health_center\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`district_id\` integer not null, \`kind\` text not null, \`phone\` text null, \`email\` text null, \`address\` text null, \`active\` integer not null default true, constraint \`health_center_district_id_foreign\` foreign key(\`district_id\`) references \`district\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`health_center_name_ar_unique\` on \`health_center\` (\`name_ar\`);`);
    this.addSql(`create index \`health_center_district_id_index\` on \`health_center\` (\`district_id\`);`);

    this.addSql(
      `create table \`person\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`search_key\` text not null default '', \`name_ar\` text not null, \`name_en\` text null, \`gender\` text not null, \`phone\` text null, \`email\` text null, \`birth_year\` integer null, \`roles\` varchar(500) not null default '', \`notes\` text null);`,
    );

    this.addSql(
      `create table \`program_offering\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`search_key\` text not null default '', \`center_id\` integer not null, \`kind\` text not null, \`topic\` text null, \`status\` text not null, \`name_ar\` text not null, \`start_date\` date null, \`end_date\` date null, \`notes\` text null, constraint \`program_offering_center_id_foreign\` foreign key(\`center_id\`) references \`health_center\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`program_offering_center_id_index\` on \`program_offering\` (\`center_id\`);`);
    this.addSql(
      `create index \`program_offering_kind_topic_index\` on \`program_offering\` (\`kind\`, \`topic\`);`,
    );

    this.addSql(
      `create table \`roster_entry\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`is_demo\` integer not null default false, \`search_key\` text not null default '', \`offering_id\` integer not null, \`person_id\` integer not null, \`role\` text not null, \`since\` date null, \`until\` date null, \`notes\` text null, constraint \`roster_entry_offering_id_foreign\` foreign key(\`offering_id\`) references \`program_offering\`(\`id\`) on update cascade, constraint \`roster_entry_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create index \`roster_entry_offering_id_index\` on \`roster_entry\` (\`offering_id\`);`);
    this.addSql(`create index \`roster_entry_person_id_index\` on \`roster_entry\` (\`person_id\`);`);
  }
}

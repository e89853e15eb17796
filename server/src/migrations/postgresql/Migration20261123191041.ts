import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191041 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "district" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null);`,
    );
    this.addSql(`alter table "district" add constraint "district_name_ar_unique" unique ("name_ar");`);

    this.addSql(
      `create table "health_center" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "district_id" int not null, "kind" varchar(40) not null, "phone" varchar(20) null, "email" varchar(200) null, "address" varchar(300) null, "active" boolean not null default true);`,
    );
    this.addSql(
      `alter table "health_center" add constraint "health_center_name_ar_unique" unique ("name_ar");`,
    );

    this.addSql(
      `create table "person" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "search_key" text not null default '', "name_ar" varchar(150) not null, "name_en" varchar(150) null, "gender" varchar(10) not null, "phone" varchar(20) null, "email" varchar(200) null, "birth_year" int null, "roles" varchar(500) not null default '', "notes" text null);`,
    );

    this.addSql(
      `create table "program_offering" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "search_key" text not null default '', "center_id" int not null, "kind" varchar(40) not null, "topic" varchar(40) null, "status" varchar(20) not null, "name_ar" varchar(200) not null, "start_date" date null, "end_date" date null, "notes" text null);`,
    );
    this.addSql(`create index "program_offering_kind_topic_index" on "program_offering" ("kind", "topic");`);

    this.addSql(
      `create table "roster_entry" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "is_demo" boolean not null default false, "search_key" text not null default '', "offering_id" int not null, "person_id" int not null, "role" varchar(30) not null, "since" date null, "until" date null, "notes" varchar(300) null);`,
    );

    this.addSql(
      `alter table "health_center" add constraint "health_center_district_id_foreign" foreign key ("district_id") references "district" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "program_offering" add constraint "program_offering_center_id_foreign" foreign key ("center_id") references "health_center" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "roster_entry" add constraint "roster_entry_offering_id_foreign" foreign key ("offering_id") references "program_offering" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "roster_entry" add constraint "roster_entry_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123195855 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_chunk" ("id" serial primary key, "batch" varchar(36) not null, "type" varchar(30) not null, "user_id" int not null, "position" int not null, "rows" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "import_chunk_created_at_index" on "import_chunk" ("created_at");`);
    this.addSql(`create index "import_chunk_batch_position_index" on "import_chunk" ("batch", "position");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_chunk" cascade;`);
  }

}

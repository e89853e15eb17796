import { Migration } from '@mikro-orm/migrations';

export class Migration20261123195854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`import_chunk\` (\`id\` integer not null primary key autoincrement, \`batch\` text not null, \`type\` text not null, \`user_id\` integer not null, \`position\` integer not null, \`rows\` json not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`import_chunk_created_at_index\` on \`import_chunk\` (\`created_at\`);`);
    this.addSql(`create index \`import_chunk_batch_position_index\` on \`import_chunk\` (\`batch\`, \`position\`);`);
  }

}

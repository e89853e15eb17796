import { Migration } from '@mikro-orm/migrations';

/** The audit log is append-only in the database itself: no statement may change or remove an entry. */
export class Migration20261202183000_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry"
      for each row execute function audit_entry_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry"
      for each statement execute function audit_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger audit_entry_no_truncate on "audit_entry";');
    this.addSql('drop trigger audit_entry_append_only on "audit_entry";');
    this.addSql('drop function audit_entry_append_only();');
  }
}

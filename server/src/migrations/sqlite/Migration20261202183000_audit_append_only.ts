import { Migration } from '@mikro-orm/migrations';

/** The audit log is append-only in the database itself: no statement may change or remove an entry. */
export class Migration20261202183000_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create trigger audit_entry_no_update before update on \`audit_entry\`
      begin select raise(abort, 'the audit log is append-only: UPDATE refused'); end;`);
    this.addSql(`create trigger audit_entry_no_delete before delete on \`audit_entry\`
      begin select raise(abort, 'the audit log is append-only: DELETE refused'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger audit_entry_no_delete;');
    this.addSql('drop trigger audit_entry_no_update;');
  }
}

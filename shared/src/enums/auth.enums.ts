import { defineEnum, type EnumValue } from './define-enum';

export const UserRole = defineEnum('UserRole', 'What a signed-in user may see and change.', {
  ADMIN: { ar: 'مدير النظام', en: 'Administrator' },
  SECRETARIAT: { ar: 'أمانة الجمعية', en: 'Association secretariat' },
  HEALTH_MANAGER: { ar: 'مدير برامج صحية', en: 'Health manager' },
  COACH: { ar: 'مدرب صحي', en: 'Health coach' },
  VIEWER: { ar: 'مطّلع (قراءة فقط)', en: 'Read-only viewer' },
});
export type UserRole = EnumValue<typeof UserRole>;

export const AuditAction = defineEnum(
  'AuditAction',
  'What happened to a record, as the audit log records it.',
  {
    CREATE: { ar: 'إنشاء', en: 'Created' },
    UPDATE: { ar: 'تعديل', en: 'Updated' },
    DELETE: { ar: 'نقل إلى المحذوفات', en: 'Moved to trash' },
    RESTORE: { ar: 'استعادة', en: 'Restored' },
    PURGE: { ar: 'حذف نهائي', en: 'Deleted for good' },
    DENIED: { ar: 'محاولة مرفوضة', en: 'Refused attempt' },
    READ: { ar: 'اطلاع على سجل صحي', en: 'Health record read' },
    LOGIN: { ar: 'تسجيل دخول', en: 'Signed in' },
    LOGIN_FAILED: { ar: 'دخول فاشل', en: 'Failed sign-in' },
  },
);
export type AuditAction = EnumValue<typeof AuditAction>;

import { defineResource } from './define-resource';

export const authResources = {
  User: defineResource(
    'User',
    'users',
    { ar: 'مستخدم', en: 'User' },
    { ar: 'المستخدمون', en: 'Users' },
    'Someone who signs in to Mujtama, with one role and, for health managers, the centers they manage.',
  ),
  AuditEntry: defineResource(
    'AuditEntry',
    'auditEntries',
    { ar: 'قيد تدقيق', en: 'Audit entry' },
    { ar: 'سجل التدقيق', en: 'Audit log' },
    'An entry of the append-only audit log: who did what to which record, with the fields before and after.',
  ),
} as const;

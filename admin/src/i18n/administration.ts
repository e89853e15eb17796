/*
 * Messages of administration: users and their scope, the audit log and a record's history, the
 * trash, and a save refused because someone else changed the record first.
 */

export const administrationMessagesEn = {
  users: {
    scope: 'Scope',
    all_records: 'Everything the role allows',
    centers_hint: 'The health centers whose programs and rosters this manager sees and changes',
    person_hint: 'The coach’s own person record: the coach sees the clients enrolled with them',
    new_password_hint: 'At least 10 characters',
    password_hint: 'At least 10 characters; leave blank to keep the current password',
  },
  audit: {
    record: 'Record',
    system: 'The system',
    changes: 'Changes',
    field: 'Field',
    in_trash: 'in the trash',
  },
  history: {
    open: 'History',
    empty: 'Nothing has been recorded about this record yet.',
  },
  trash: {
    show: 'Trash',
    leave: 'Back to the records',
    restore: 'Restore',
    restored: 'Restored: %{count}',
    since: 'In the trash since',
  },
  conflict: {
    title: 'Compare with the saved record',
    intro: 'Compare what you entered with what is saved now, then choose which to keep in the form.',
    mine: 'You entered',
    stored: 'Saved now',
    changed_meanwhile: 'changed by someone else meanwhile',
    unavailable: 'The saved record could not be read just now.',
    clash: 'Not saved: another record already has these values (perhaps one in the trash).',
    load_newer: 'Load the saved values',
    keep_mine: 'Keep my values on the saved version',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const administrationMessagesAr: Messages<typeof administrationMessagesEn> = {
  users: {
    scope: 'النطاق',
    all_records: 'كل ما يتيحه الدور',
    centers_hint: 'المراكز الصحية التي يطّلع هذا المدير على برامجها وقوائمها ويعدّلها',
    person_hint: 'سجل المدرب نفسه بين الأشخاص: يطّلع المدرب على المستفيدين المسجلين لديه',
    new_password_hint: '10 أحرف على الأقل',
    password_hint: '10 أحرف على الأقل؛ اتركها فارغة لتبقى كلمة المرور الحالية',
  },
  audit: {
    record: 'السجل',
    system: 'النظام',
    changes: 'التغييرات',
    field: 'الحقل',
    in_trash: 'في المحذوفات',
  },
  history: {
    open: 'السجل',
    empty: 'لم يُسجَّل شيء عن هذا السجل بعد.',
  },
  trash: {
    show: 'المحذوفات',
    leave: 'العودة إلى السجلات',
    restore: 'استعادة',
    restored: 'المستعادة: %{count}',
    since: 'في المحذوفات منذ',
  },
  conflict: {
    title: 'قارن بالسجل المحفوظ',
    intro: 'قارن ما أدخلته بما هو محفوظ الآن، ثم اختر ما يبقى في النموذج.',
    mine: 'ما أدخلته',
    stored: 'المحفوظ الآن',
    changed_meanwhile: 'عدّله شخص آخر في أثناء ذلك',
    unavailable: 'تعذرت قراءة السجل المحفوظ الآن.',
    clash: 'لم يُحفظ: لسجل آخر القيم نفسها (ربما في المحذوفات).',
    load_newer: 'تحميل القيم المحفوظة',
    keep_mine: 'إبقاء قيمي على النسخة المحفوظة',
  },
};

/**
 * The health-programs side as the Makkah Health Cluster announced it (project «تعزيز صحة المجتمع المكي»).
 * Names are copied from the announcement; each primary care center is «مركز صحي» + its district.
 */

/** The announcement writes one center two ways; both name the same center. */
export const districtSpellings: Readonly<Record<string, string>> = { 'شرائع 7': 'الشرائع 7' };

export const healthCoachClinics = [
  'التنعيم',
  'العتيبية',
  'الإسكان',
  'بحرة',
  'الشرائع 7',
  'شارع الحج',
  'الهنداوية',
  'كدي والهجرة',
  'العدل',
  'الزاهر',
];

export const diabetesGroups = [
  'الهنداوية',
  'شرائع 7',
  'الإسكان',
  'كدي والهجرة',
  'الحميمة',
  'العتيبية',
  'بحرة',
  'الريان',
  'التنعيم',
  'العدل',
];

export const obesityGroups = ['الإسكان', 'كدي والهجرة', 'الجموم', 'شارع الحج', 'الريان', 'التنعيم'];

export const empowermentTeams = [
  'الزاهر',
  'العزيزية',
  'العدل',
  'كدي والهجرة',
  'الشرائع 7',
  'الإسكان',
  'الجموم',
  'بطحاء قريش',
  'حداء',
  'البحيرات',
  'التخصصي',
  'النواريه',
  'الهنداوية',
  'بحرة',
  'العوالي',
  'الكعكية',
  'المعابدة',
  'المنصور',
  'العتيبية',
  'التنعيم',
  'شارع الحج',
];

/** The smoking-cessation group meets at a specialised center, not a primary care one. */
export const smokingCessationCenter = {
  nameAr: 'مركز مكافحة التدخين بالخالدية',
  nameEn: 'Anti-Smoking Center, Al-Khalidiya',
  district: 'الخالدية',
};

export const districtNamesEn: Readonly<Record<string, string>> = {
  التنعيم: 'Al-Taneem',
  العتيبية: 'Al-Utaybiyah',
  الإسكان: 'Al-Iskan',
  بحرة: 'Bahrah',
  'الشرائع 7': 'Al-Sharaie 7',
  'شارع الحج': 'Hajj Street',
  الهنداوية: 'Al-Hindawiyah',
  'كدي والهجرة': 'Kudai and Al-Hijrah',
  العدل: 'Al-Adl',
  الزاهر: 'Al-Zahir',
  الحميمة: 'Al-Humaymah',
  الريان: 'Al-Rayyan',
  الجموم: 'Al-Jumum',
  العزيزية: 'Al-Aziziyah',
  'بطحاء قريش': 'Batha Quraysh',
  حداء: 'Haddaa',
  البحيرات: 'Al-Buhayrat',
  التخصصي: 'Al-Takhassusi',
  النواريه: 'Al-Nawariyah',
  العوالي: 'Al-Awali',
  الكعكية: 'Al-Kakiyah',
  المعابدة: 'Al-Maabdah',
  المنصور: 'Al-Mansour',
  الخالدية: 'Al-Khalidiya',
};

const canonical = (district: string) => districtSpellings[district] ?? district;

/** The 23 districts with a primary care center in the announcement, each once, in order of first mention. */
export const primaryCareDistricts = [
  ...new Set(
    [...healthCoachClinics, ...diabetesGroups, ...obesityGroups, ...empowermentTeams].map(canonical),
  ),
];

export const programsByDistrict = {
  HEALTH_COACH: healthCoachClinics.map(canonical),
  DIABETES: diabetesGroups.map(canonical),
  OBESITY: obesityGroups.map(canonical),
  COMMUNITY_EMPOWERMENT: empowermentTeams.map(canonical),
};

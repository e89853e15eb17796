import type { EntityManager } from '@mikro-orm/knex';
import { createRecord } from '../common/records';
import { healthCenterPolicy } from '../health/center/center.resolver';
import { districtPolicy } from '../health/district/district.resolver';
import { programOfferingPolicy } from '../health/offering/offering.resolver';
import {
  districtNamesEn,
  primaryCareDistricts,
  programsByDistrict,
  smokingCessationCenter,
} from './health.data';

/** Program start used for the announced offerings; the announcement gives no dates, so none is invented. */
const ACTIVE = 'ACTIVE' as const;

/** The real centers and programs of the announcement; ids of the centers by district name. */
export async function seedHealthPrograms(em: EntityManager): Promise<Map<string, number>> {
  const centerByDistrict = new Map<string, number>();
  const addCenter = async (district: string, nameAr: string, nameEn: string, kind: string) => {
    const { id: districtId } = await createRecord(em, districtPolicy, {
      nameAr: district,
      nameEn: districtNamesEn[district] ?? null,
    });
    const center = await createRecord(em, healthCenterPolicy, {
      nameAr,
      nameEn,
      districtId,
      kind,
      active: true,
    });
    centerByDistrict.set(district, center.id);
  };
  for (const district of primaryCareDistricts) {
    await addCenter(
      district,
      `مركز صحي ${district}`,
      `${districtNamesEn[district]} Primary Health Care Center`,
      'PRIMARY_CARE_CENTER',
    );
  }
  const smoking = smokingCessationCenter;
  await addCenter(smoking.district, smoking.nameAr, smoking.nameEn, 'SMOKING_CESSATION_CENTER');

  const offer = (district: string, kind: string, topic: string | null = null) =>
    createRecord(em, programOfferingPolicy, {
      centerId: centerByDistrict.get(district),
      kind,
      topic,
      status: ACTIVE,
    });
  for (const district of programsByDistrict.HEALTH_COACH) await offer(district, 'HEALTH_COACH');
  for (const district of programsByDistrict.DIABETES) await offer(district, 'INTEREST_GROUP', 'DIABETES');
  for (const district of programsByDistrict.OBESITY) await offer(district, 'INTEREST_GROUP', 'OBESITY');
  await offer(smoking.district, 'INTEREST_GROUP', 'SMOKING_CESSATION');
  for (const district of programsByDistrict.COMMUNITY_EMPOWERMENT)
    await offer(district, 'COMMUNITY_EMPOWERMENT');
  return centerByDistrict;
}

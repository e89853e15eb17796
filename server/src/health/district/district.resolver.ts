import { searchKey } from '@mujtama/shared/arabic';
import { healthResources } from '@mujtama/shared/resources';
import { districtRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { hasMany } from '../../common/relations';
import { HealthCenter } from '../center/center.entity';
import { District } from './district.entity';
import { CreateDistrictInput, DistrictFilter, UpdateDistrictInput } from './district.inputs';

export const districtPolicy: RecordPolicy<District> = {
  entity: District,
  rules: districtRules,
  searchKey: (district) => searchKey(district.nameAr, district.nameEn),
};

@Resolver(() => District)
export class DistrictResolver extends crudResolver({
  ...districtPolicy,
  resource: healthResources.District,
  createInput: CreateDistrictInput,
  updateInput: UpdateDistrictInput,
  filter: DistrictFilter,
  sortable: ['id', 'nameAr', 'nameEn', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
  relations: {
    healthCenters: hasMany(HealthCenter, 'districtId', 'The health centers in this district.'),
  },
}) {}

import { searchKey } from '@mujtama/shared/arabic';
import { healthResources } from '@mujtama/shared/resources';
import { healthCenterRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { District } from '../district/district.entity';
import { healthScopes } from '../health.scopes';
import { ProgramOffering } from '../offering/offering.entity';
import { HealthCenter } from './center.entity';
import { CreateHealthCenterInput, HealthCenterFilter, UpdateHealthCenterInput } from './center.inputs';

export const healthCenterPolicy: RecordPolicy<HealthCenter> = {
  entity: HealthCenter,
  scope: healthScopes.healthCenter,
  rules: healthCenterRules,
  searchKey: (center) => searchKey(center.nameAr, center.nameEn, center.address),
};

@Resolver(() => HealthCenter)
export class HealthCenterResolver extends crudResolver({
  ...healthCenterPolicy,
  resource: healthResources.HealthCenter,
  createInput: CreateHealthCenterInput,
  updateInput: UpdateHealthCenterInput,
  filter: HealthCenterFilter,
  sortable: ['id', 'nameAr', 'nameEn', 'kind', 'active', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
  relations: {
    district: belongsTo(District, 'districtId', 'The district the center sits in.'),
    offerings: hasMany(ProgramOffering, 'centerId', 'The programs run at this center.'),
  },
}) {}

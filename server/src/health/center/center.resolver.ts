import { searchKey } from '@mujtama/shared/arabic';
import { healthResources } from '@mujtama/shared/resources';
import { healthCenterRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => District, { description: 'The district the center sits in.' })
  district(@Parent() center: HealthCenter, @Ctx() ctx: Context) {
    return ctx.loaders.one(District, center.districtId);
  }

  @FieldResolver(() => [ProgramOffering], { description: 'The programs run at this center.' })
  offerings(@Parent() center: HealthCenter, @Ctx() ctx: Context) {
    return ctx.loaders.many(ProgramOffering, 'centerId', center.id);
  }
}

import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { initiativePartnerRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { Initiative } from './initiative.entity';
import { InitiativePartner } from './initiative-partner.entity';
import {
  CreateInitiativePartnerInput,
  InitiativePartnerFilter,
  UpdateInitiativePartnerInput,
} from './initiative-partner.inputs';
import { Partner } from './partner.entity';

export const initiativePartnerPolicy: RecordPolicy<InitiativePartner> = {
  entity: InitiativePartner,
  rules: initiativePartnerRules,
  searchKey: (part) => searchKey(part.contribution),
};

@Resolver(() => InitiativePartner)
export class InitiativePartnerResolver extends crudResolver({
  ...initiativePartnerPolicy,
  resource: associationResources.InitiativePartner,
  createInput: CreateInitiativePartnerInput,
  updateInput: UpdateInitiativePartnerInput,
  filter: InitiativePartnerFilter,
  sortable: ['id', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
}) {
  @FieldResolver(() => Initiative, { description: 'The initiative.' })
  initiative(@Parent() part: InitiativePartner, @Ctx() ctx: Context) {
    return ctx.loaders.one(Initiative, part.initiativeId);
  }

  @FieldResolver(() => Partner, { description: 'The partner body.' })
  partner(@Parent() part: InitiativePartner, @Ctx() ctx: Context) {
    return ctx.loaders.one(Partner, part.partnerId);
  }
}

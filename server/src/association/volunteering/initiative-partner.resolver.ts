import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { initiativePartnerRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
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
  relations: {
    initiative: belongsTo(Initiative, 'initiativeId', 'The initiative.'),
    partner: belongsTo(Partner, 'partnerId', 'The partner body.'),
  },
}) {}

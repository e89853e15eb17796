import { searchKey } from '@mujtama/shared/arabic';
import { PartnerSector } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { partnerRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { hasMany } from '../../common/relations';
import { InitiativePartner } from './initiative-partner.entity';
import { Partner } from './partner.entity';
import { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from './partner.inputs';

export const partnerPolicy: RecordPolicy<Partner> = {
  entity: Partner,
  rules: partnerRules,
  searchKey: (partner) =>
    searchKey(
      partner.nameAr,
      partner.nameEn,
      partner.sector && PartnerSector.labels[partner.sector].ar,
      partner.contactName,
    ),
};

@Resolver(() => Partner)
export class PartnerResolver extends crudResolver({
  ...partnerPolicy,
  resource: associationResources.Partner,
  createInput: CreatePartnerInput,
  updateInput: UpdatePartnerInput,
  filter: PartnerFilter,
  sortable: ['id', 'nameAr', 'nameEn', 'sector', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
  relations: {
    initiatives: hasMany(InitiativePartner, 'partnerId', 'The initiatives the body cooperated in.'),
  },
}) {}

import { searchKey } from '@mujtama/shared/arabic';
import { AssociationUnitKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationUnitRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import type { RecordPolicy, WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { AssociationProgram } from '../program/association-program.entity';
import { AssociationUnit } from './association-unit.entity';
import {
  AssociationUnitFilter,
  CreateAssociationUnitInput,
  UpdateAssociationUnitInput,
} from './association-unit.inputs';

function checkParent({ merged, existing }: WriteEvent<AssociationUnit>) {
  if (merged.parentId != null && merged.parentId === existing?.id) {
    throw invalidField('parentId', 'A unit cannot be part of itself', 'لا تتبع الجهة نفسها');
  }
}

export const associationUnitPolicy: RecordPolicy<AssociationUnit> = {
  entity: AssociationUnit,
  rules: associationUnitRules,
  searchKey: (unit) =>
    searchKey(
      unit.nameAr,
      unit.nameEn,
      unit.kind && AssociationUnitKind.labels[unit.kind].ar,
      unit.headTitle,
    ),
  beforeWrite: checkParent,
};

@Resolver(() => AssociationUnit)
export class AssociationUnitResolver extends crudResolver({
  ...associationUnitPolicy,
  resource: associationResources.AssociationUnit,
  createInput: CreateAssociationUnitInput,
  updateInput: UpdateAssociationUnitInput,
  filter: AssociationUnitFilter,
  sortable: ['id', 'nameAr', 'nameEn', 'kind', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    parent: belongsTo(AssociationUnit, 'parentId', 'The body this unit is part of.', { nullable: true }),
    units: hasMany(AssociationUnit, 'parentId', 'The bodies that are part of this one.'),
    programs: hasMany(AssociationProgram, 'unitId', 'The programs this unit plans and runs.'),
  },
}) {}

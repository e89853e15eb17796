import { searchKey } from '@mujtama/shared/arabic';
import { AssociationProgramKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationProgramRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { Committee } from '../committee/committee.entity';
import { impactResultsOfProgram } from '../impact/impact-results';
import { FormResults } from '../impact/impact-results.type';
import { AssociationUnit } from '../unit/association-unit.entity';
import { VisitGroup } from '../visits/visit-group.entity';
import { AssociationProgram } from './association-program.entity';
import {
  AssociationProgramFilter,
  CreateAssociationProgramInput,
  UpdateAssociationProgramInput,
} from './association-program.inputs';
import { ProgramParticipant } from './program-participant.entity';
import { ProgramSummary } from './program-summary';

export const associationProgramPolicy: RecordPolicy<AssociationProgram> = {
  entity: AssociationProgram,
  rules: associationProgramRules,
  searchKey: (program) =>
    searchKey(program.nameAr, program.nameEn, program.kind && AssociationProgramKind.labels[program.kind].ar),
};

@Resolver(() => AssociationProgram)
export class AssociationProgramResolver extends crudResolver({
  ...associationProgramPolicy,
  resource: associationResources.AssociationProgram,
  createInput: CreateAssociationProgramInput,
  updateInput: UpdateAssociationProgramInput,
  filter: AssociationProgramFilter,
  sortable: ['id', 'nameAr', 'nameEn', 'kind', 'startDate', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    unit: belongsTo(AssociationUnit, 'unitId', 'The body that plans and runs it.', { nullable: true }),
    participants: hasMany(ProgramParticipant, 'programId', 'The entities taking part.'),
    committees: hasMany(Committee, 'programId', 'The committees that carry out the program.'),
    visitGroups: hasMany(VisitGroup, 'programId', 'The groups of centers exchanging visits.'),
  },
}) {
  @FieldResolver(() => ProgramSummary, {
    description:
      'The program’s figures (meetings, visits, groups, initiatives, volunteers), computed from its records.',
  })
  summary(@Parent() program: AssociationProgram): ProgramSummary {
    return { programId: program.id };
  }

  @FieldResolver(() => [FormResults], {
    description:
      'Impact measured in the program: for each form filled for its visits or initiatives, the aggregated answers.',
  })
  impactResults(@Parent() program: AssociationProgram, @Ctx() ctx: Context): Promise<FormResults[]> {
    return impactResultsOfProgram(ctx.em, program.id);
  }
}

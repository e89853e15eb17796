import { searchKey } from '@mujtama/shared/arabic';
import { AssociationProgramKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { associationProgramRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => AssociationUnit, { nullable: true, description: 'The body that plans and runs it.' })
  unit(@Parent() program: AssociationProgram, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationUnit, program.unitId);
  }

  @FieldResolver(() => [ProgramParticipant], { description: 'The entities taking part.' })
  participants(@Parent() program: AssociationProgram, @Ctx() ctx: Context) {
    return ctx.loaders.many(ProgramParticipant, 'programId', program.id);
  }

  @FieldResolver(() => [Committee], { description: 'The committees that carry out the program.' })
  committees(@Parent() program: AssociationProgram, @Ctx() ctx: Context) {
    return ctx.loaders.many(Committee, 'programId', program.id);
  }

  @FieldResolver(() => [VisitGroup], { description: 'The groups of centers exchanging visits.' })
  visitGroups(@Parent() program: AssociationProgram, @Ctx() ctx: Context) {
    return ctx.loaders.many(VisitGroup, 'programId', program.id);
  }

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

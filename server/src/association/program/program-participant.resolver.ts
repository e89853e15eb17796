import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { programParticipantRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { AssociationProgram } from './association-program.entity';
import { ProgramParticipant } from './program-participant.entity';
import {
  CreateProgramParticipantInput,
  ProgramParticipantFilter,
  UpdateProgramParticipantInput,
} from './program-participant.inputs';

export const programParticipantPolicy: RecordPolicy<ProgramParticipant> = {
  entity: ProgramParticipant,
  rules: programParticipantRules,
  searchKey: (participant) => searchKey(participant.notes),
};

@Resolver(() => ProgramParticipant)
export class ProgramParticipantResolver extends crudResolver({
  ...programParticipantPolicy,
  resource: associationResources.ProgramParticipant,
  createInput: CreateProgramParticipantInput,
  updateInput: UpdateProgramParticipantInput,
  filter: ProgramParticipantFilter,
  sortable: ['id', 'joinedOn', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
}) {
  @FieldResolver(() => AssociationProgram, { description: 'The program.' })
  program(@Parent() participant: ProgramParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationProgram, participant.programId);
  }

  @FieldResolver(() => AssociationEntity, { description: 'The entity taking part.' })
  entity(@Parent() participant: ProgramParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEntity, participant.entityId);
  }
}

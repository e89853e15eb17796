import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { programParticipantRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
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
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program.'),
    entity: belongsTo(AssociationEntity, 'entityId', 'The entity taking part.'),
  },
}) {}

import { searchKey } from '@mujtama/shared/arabic';
import { CommitteeKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { committeeRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { AssociationProgram } from '../program/association-program.entity';
import { Visit } from '../visits/visit.entity';
import { Committee } from './committee.entity';
import { CommitteeFilter, CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { CommitteeMeeting } from './committee-meeting.entity';
import { CommitteeMember } from './committee-member.entity';

export const committeePolicy: RecordPolicy<Committee> = {
  entity: Committee,
  rules: committeeRules,
  searchKey: (committee) =>
    searchKey(committee.nameAr, committee.kind && CommitteeKind.labels[committee.kind].ar, committee.mandate),
};

@Resolver(() => Committee)
export class CommitteeResolver extends crudResolver({
  ...committeePolicy,
  resource: associationResources.Committee,
  createInput: CreateCommitteeInput,
  updateInput: UpdateCommitteeInput,
  filter: CommitteeFilter,
  sortable: ['id', 'nameAr', 'kind', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program the committee carries out.'),
    members: hasMany(CommitteeMember, 'committeeId', 'Who sits on the committee.'),
    meetings: hasMany(CommitteeMeeting, 'committeeId', 'The meetings the committee held.'),
    visits: hasMany(Visit, 'committeeId', 'The visits the committee made or supervised.'),
  },
}) {}

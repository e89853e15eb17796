import { searchKey } from '@mujtama/shared/arabic';
import { CommitteeRole } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { committeeMemberRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { Person } from '../../health/person/person.entity';
import { Committee } from './committee.entity';
import { CommitteeMember } from './committee-member.entity';
import {
  CommitteeMemberFilter,
  CreateCommitteeMemberInput,
  UpdateCommitteeMemberInput,
} from './committee-member.inputs';

export const committeeMemberPolicy: RecordPolicy<CommitteeMember> = {
  entity: CommitteeMember,
  rules: committeeMemberRules,
  searchKey: (member) => searchKey(member.role && CommitteeRole.labels[member.role].ar),
};

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver extends crudResolver({
  ...committeeMemberPolicy,
  resource: associationResources.CommitteeMember,
  createInput: CreateCommitteeMemberInput,
  updateInput: UpdateCommitteeMemberInput,
  filter: CommitteeMemberFilter,
  sortable: ['id', 'role', 'since', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    committee: belongsTo(Committee, 'committeeId', 'The committee.'),
    person: belongsTo(
      Person,
      'personId',
      'The person sitting on it; null for a person outside the centers or clients you manage.',
      { nullable: true },
    ),
  },
}) {}

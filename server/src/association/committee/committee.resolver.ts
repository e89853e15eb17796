import { searchKey } from '@mujtama/shared/arabic';
import { CommitteeKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { committeeRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => AssociationProgram, { description: 'The program the committee carries out.' })
  program(@Parent() committee: Committee, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationProgram, committee.programId);
  }

  @FieldResolver(() => [CommitteeMember], { description: 'Who sits on the committee.' })
  members(@Parent() committee: Committee, @Ctx() ctx: Context) {
    return ctx.loaders.many(CommitteeMember, 'committeeId', committee.id);
  }

  @FieldResolver(() => [CommitteeMeeting], { description: 'The meetings the committee held.' })
  meetings(@Parent() committee: Committee, @Ctx() ctx: Context) {
    return ctx.loaders.many(CommitteeMeeting, 'committeeId', committee.id);
  }

  @FieldResolver(() => [Visit], { description: 'The visits the committee made or supervised.' })
  visits(@Parent() committee: Committee, @Ctx() ctx: Context) {
    return ctx.loaders.many(Visit, 'committeeId', committee.id);
  }
}

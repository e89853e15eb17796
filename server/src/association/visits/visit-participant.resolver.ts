import { searchKey } from '@mujtama/shared/arabic';
import { associationResources } from '@mujtama/shared/resources';
import { visitParticipantRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Visit } from './visit.entity';
import { bookingsOf } from './visit-bookings';
import { VisitParticipant } from './visit-participant.entity';
import {
  CreateVisitParticipantInput,
  UpdateVisitParticipantInput,
  VisitParticipantFilter,
} from './visit-participant.inputs';

/** A visitor is not the host, and takes part in no other visit that day. */
async function checkVisitor({ em, changes, merged, existing }: WriteEvent<VisitParticipant>) {
  if (!('visitId' in changes) && !('entityId' in changes)) return;
  const visit = await requireRow(em, Visit, merged.visitId!);
  if (visit.hostEntityId === merged.entityId) {
    throw invalidField('entityId', 'The host does not visit itself', 'الكيان المستضيف لا يزور نفسه');
  }
  if (visit.status === 'CANCELLED') return;
  const clash = (await bookingsOf(em, [merged.entityId!], [visit.scheduledOn])).find(
    (booking) =>
      !(existing && booking.visitId === existing.visitId && booking.entityId === existing.entityId),
  );
  if (clash) {
    const entity = await requireRow(em, AssociationEntity, clash.entityId);
    throw invalidField(
      'entityId',
      `«${entity.nameAr}» already takes part in visit ${clash.visitId} on ${clash.date}`,
      `«${entity.nameAr}» مرتبط بالزيارة ${clash.visitId} في ${clash.date}`,
    );
  }
}

export const visitParticipantPolicy: RecordPolicy<VisitParticipant> = {
  entity: VisitParticipant,
  rules: visitParticipantRules,
  searchKey: (participant) => searchKey(participant.notes),
  beforeWrite: checkVisitor,
};

@Resolver(() => VisitParticipant)
export class VisitParticipantResolver extends crudResolver({
  ...visitParticipantPolicy,
  resource: associationResources.VisitParticipant,
  createInput: CreateVisitParticipantInput,
  updateInput: UpdateVisitParticipantInput,
  filter: VisitParticipantFilter,
  sortable: ['id', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    visit: belongsTo(Visit, 'visitId', 'The visit.'),
    entity: belongsTo(AssociationEntity, 'entityId', 'The visiting entity.'),
  },
}) {}

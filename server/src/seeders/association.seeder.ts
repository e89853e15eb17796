import type { EntityManager } from '@mikro-orm/knex';
import type { CommitteeKind } from '@mujtama/shared/enums';
import { associationEntityPolicy } from '../association/association-entity/association-entity.resolver';
import { committeePolicy } from '../association/committee/committee.resolver';
import { associationEventPolicy } from '../association/event/association-event.resolver';
import { eventExhibitorPolicy } from '../association/event/event-exhibitor.resolver';
import { associationProgramPolicy } from '../association/program/association-program.resolver';
import { associationUnitPolicy } from '../association/unit/association-unit.resolver';
import { createRecord } from '../common/records';
import {
  annualForum,
  associationUnits,
  closingCeremony,
  cooperationCommittees,
  cooperationProgram,
  exhibition,
  specialProjects,
  volunteeringProgram,
} from './association.data';

/** Ids of the real records the demo data builds on. */
export interface AssociationSeed {
  volunteeringUnitId: number;
  cooperationProgramId: number;
  volunteeringProgramId: number;
  committeeIds: Record<CommitteeKind, number>;
  exhibitionId: number;
}

/** The association, its bodies, programs, committees, special projects and the annual forum, as the source names them. */
export async function seedAssociation(em: EntityManager): Promise<AssociationSeed> {
  const { association, branchCouncil, secretariat, volunteeringUnit } = associationUnits;
  const root = await createRecord(em, associationUnitPolicy, association);
  const unit = (fields: Record<string, unknown>) =>
    createRecord(em, associationUnitPolicy, { ...fields, parentId: root.id });
  await unit(branchCouncil);
  const { id: secretariatId } = await unit(secretariat);
  const { id: volunteeringUnitId } = await unit(volunteeringUnit);

  const projects = [];
  for (const nameAr of specialProjects) {
    projects.push(
      await createRecord(em, associationEntityPolicy, { nameAr, kind: 'SPECIAL_PROJECT', active: true }),
    );
  }

  const program = (fields: Record<string, unknown>) =>
    createRecord(em, associationProgramPolicy, { ...fields, unitId: secretariatId });
  const { id: cooperationProgramId } = await program(cooperationProgram);
  const { id: volunteeringProgramId } = await program(volunteeringProgram);
  const committeeIds = {} as Record<CommitteeKind, number>;
  for (const committee of cooperationCommittees) {
    const created = await createRecord(em, committeePolicy, {
      ...committee,
      programId: cooperationProgramId,
    });
    committeeIds[committee.kind] = created.id;
  }

  const forum = await createRecord(em, associationEventPolicy, annualForum);
  await createRecord(em, associationEventPolicy, { ...closingCeremony, parentId: forum.id });
  const { id: exhibitionId } = await createRecord(em, associationEventPolicy, {
    ...exhibition,
    parentId: forum.id,
  });
  for (const project of projects) {
    await createRecord(em, eventExhibitorPolicy, { eventId: exhibitionId, entityId: project.id });
  }
  return { volunteeringUnitId, cooperationProgramId, volunteeringProgramId, committeeIds, exhibitionId };
}

import { searchKey } from '@mujtama/shared/arabic';
import { InterestGroupTopic, ProgramKind } from '@mujtama/shared/enums';
import { healthResources } from '@mujtama/shared/resources';
import { programOfferingRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import { invalidField } from '../../common/errors';
import { parseId } from '../../common/ids';
import { type RecordPolicy, requireRow, type WriteEvent } from '../../common/records';
import { belongsTo, hasMany } from '../../common/relations';
import { HealthCenter } from '../center/center.entity';
import { CoachingEnrollment } from '../coaching/coaching.entity';
import { ActionPlan, EmpowermentPriority } from '../empowerment/empowerment.entity';
import { healthScopes } from '../health.scopes';
import { GroupMeeting } from '../interest-group/interest-group.entity';
import { RosterEntry } from '../roster/roster.entity';
import { ProgramOffering } from './offering.entity';
import {
  CreateProgramOfferingInput,
  ProgramOfferingFilter,
  UpdateProgramOfferingInput,
} from './offering.inputs';

/** «مجموعة اهتمام مرضى السكري — مركز صحي الإسكان» */
export function offeringTitle(
  kind: ProgramKind,
  topic: InterestGroupTopic | null | undefined,
  centerName: string,
) {
  const program =
    kind === 'INTEREST_GROUP' && topic
      ? `مجموعة اهتمام ${InterestGroupTopic.labels[topic].ar}`
      : kind === 'COMMUNITY_EMPOWERMENT'
        ? `فريق ${ProgramKind.labels[kind].ar}`
        : `عيادة ${ProgramKind.labels[kind].ar}`;
  return `${program} — ${centerName}`;
}

/** Only interest groups have a topic; a blank title is generated from the program and the center. */
async function checkOffering({ em, changes, merged }: WriteEvent<ProgramOffering>) {
  if (merged.kind === 'INTEREST_GROUP' && !merged.topic) {
    throw invalidField('topic', 'An interest group needs a topic', 'مجموعة الاهتمام تحتاج إلى موضوع');
  }
  if (merged.kind !== 'INTEREST_GROUP' && merged.topic) {
    throw invalidField('topic', 'Only interest groups have a topic', 'الموضوع خاص بمجموعات الاهتمام');
  }
  if (!merged.nameAr?.trim()) {
    const center = await requireRow(em, HealthCenter, merged.centerId!);
    changes.nameAr = merged.nameAr = offeringTitle(merged.kind!, merged.topic, center.nameAr);
  }
}

export const programOfferingPolicy: RecordPolicy<ProgramOffering> = {
  entity: ProgramOffering,
  scope: healthScopes.programOffering,
  rules: programOfferingRules,
  searchKey: (offering) =>
    searchKey(
      offering.nameAr,
      offering.kind && ProgramKind.labels[offering.kind].ar,
      offering.topic && InterestGroupTopic.labels[offering.topic].ar,
    ),
  beforeWrite: checkOffering,
};

@Resolver(() => ProgramOffering)
export class ProgramOfferingResolver extends crudResolver({
  ...programOfferingPolicy,
  resource: healthResources.ProgramOffering,
  createInput: CreateProgramOfferingInput,
  updateInput: UpdateProgramOfferingInput,
  filter: ProgramOfferingFilter,
  filterHandlers: {
    districtId: (id: string) => [
      'e.center_id in (select c.id from health_center c where c.district_id = ?)',
      [parseId(id, 'districtId')],
    ],
  },
  sortable: ['id', 'nameAr', 'kind', 'topic', 'status', 'startDate', 'createdAt', 'updatedAt'],
  defaultOrder: { nameAr: 'asc' },
  relations: {
    center: belongsTo(HealthCenter, 'centerId', 'The center that runs the program.'),
    roster: hasMany(RosterEntry, 'offeringId', 'Who is on this offering, in which role, current and past.'),
    coachingEnrollments: hasMany(
      CoachingEnrollment,
      'offeringId',
      'The people a health-coach clinic has taken on.',
    ),
    meetings: hasMany(GroupMeeting, 'offeringId', 'The meetings of an interest group.'),
    priorities: hasMany(EmpowermentPriority, 'offeringId', 'The priorities an empowerment team set.'),
    actionPlans: hasMany(ActionPlan, 'offeringId', 'The action plans of an empowerment team.'),
  },
}) {}

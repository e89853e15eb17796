import { searchKey } from '@mujtama/shared/arabic';
import { ActivityCategory } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { activityRules } from '@mujtama/shared/validation';
import { Resolver } from 'type-graphql';
import { crudResolver } from '../../common/crud.resolver';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
import { AssociationEntity } from '../association-entity/association-entity.entity';
import { Activity } from './activity.entity';
import { ActivityFilter, CreateActivityInput, UpdateActivityInput } from './activity.inputs';

export const activityPolicy: RecordPolicy<Activity> = {
  entity: Activity,
  rules: activityRules,
  searchKey: (activity) =>
    searchKey(
      activity.title,
      activity.category && ActivityCategory.labels[activity.category].ar,
      activity.description,
    ),
};

@Resolver(() => Activity)
export class ActivityResolver extends crudResolver({
  ...activityPolicy,
  resource: associationResources.Activity,
  createInput: CreateActivityInput,
  updateInput: UpdateActivityInput,
  filter: ActivityFilter,
  sortable: ['id', 'title', 'heldOn', 'category', 'participants', 'createdAt', 'updatedAt'],
  defaultOrder: { heldOn: 'desc' },
  relations: {
    entity: belongsTo(AssociationEntity, 'entityId', 'The entity that ran it.'),
  },
}) {}

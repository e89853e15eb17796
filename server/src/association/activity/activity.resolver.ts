import { searchKey } from '@mujtama/shared/arabic';
import { ActivityCategory } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { activityRules } from '@mujtama/shared/validation';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
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
}) {
  @FieldResolver(() => AssociationEntity, { description: 'The entity that ran it.' })
  entity(@Parent() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.one(AssociationEntity, activity.entityId);
  }
}

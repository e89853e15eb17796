import { searchKey } from '@mujtama/shared/arabic';
import { ImpactFormTarget } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { impactFormRules } from '@mujtama/shared/validation';
import { Arg, Ctx, FieldResolver, ID, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { crudResolver } from '../../common/crud.resolver';
import { parseId } from '../../common/ids';
import { Parent } from '../../common/parent.decorator';
import type { RecordPolicy } from '../../common/records';
import { belongsTo } from '../../common/relations';
import type { RawCondition } from '../../common/rows';
import { AssociationProgram } from '../program/association-program.entity';
import { ImpactForm } from './impact-form.entity';
import { CreateImpactFormInput, ImpactFormFilter, UpdateImpactFormInput } from './impact-form.inputs';
import { ImpactQuestion } from './impact-question.entity';
import { formResults, inProgram } from './impact-results';
import { FormResults } from './impact-results.type';

export const impactFormPolicy: RecordPolicy<ImpactForm> = {
  entity: ImpactForm,
  rules: impactFormRules,
  searchKey: (form) =>
    searchKey(form.title, form.target && ImpactFormTarget.labels[form.target].ar, form.description),
};

@Resolver(() => ImpactForm)
export class ImpactFormResolver extends crudResolver({
  ...impactFormPolicy,
  resource: associationResources.ImpactForm,
  createInput: CreateImpactFormInput,
  updateInput: UpdateImpactFormInput,
  filter: ImpactFormFilter,
  sortable: ['id', 'title', 'target', 'createdAt', 'updatedAt'],
  defaultOrder: { id: 'asc' },
  relations: {
    program: belongsTo(AssociationProgram, 'programId', 'The program it belongs to.', { nullable: true }),
  },
}) {
  @FieldResolver(() => [ImpactQuestion], { description: 'The questions, in order.' })
  async questions(@Parent() form: ImpactForm, @Ctx() ctx: Context): Promise<ImpactQuestion[]> {
    const questions = await ctx.loaders.many(ImpactQuestion, 'formId', form.id);
    return [...questions].sort((a, b) => a.position - b.position || a.id - b.id);
  }

  @FieldResolver(() => FormResults, {
    description:
      'The answers aggregated per question (counts, averages, distributions), over all responses or those of one program, visit or initiative.',
  })
  results(
    @Parent() form: ImpactForm,
    @Ctx() ctx: Context,
    @Arg('programId', () => ID, { nullable: true, description: 'Only responses for this program.' })
    programId?: string | null,
    @Arg('visitId', () => ID, { nullable: true, description: 'Only responses for this visit.' })
    visitId?: string | null,
    @Arg('initiativeId', () => ID, { nullable: true, description: 'Only responses for this initiative.' })
    initiativeId?: string | null,
  ): Promise<FormResults> {
    const scope: RawCondition[] = [];
    if (programId) scope.push(inProgram(parseId(programId, 'programId')));
    if (visitId) scope.push(['e.visit_id = ?', [parseId(visitId, 'visitId')]]);
    if (initiativeId) scope.push(['e.initiative_id = ?', [parseId(initiativeId, 'initiativeId')]]);
    return formResults(ctx.em, form, scope);
  }
}

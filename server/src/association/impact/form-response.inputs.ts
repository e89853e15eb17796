import { Field, ID, InputType } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';
import { LocalDate } from '../../common/local-date.scalar';

@InputType({ description: 'The answer to one question.' })
export class FormAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Rating "1"–"5", "true"/"false", a number, the choice picked, or the text.',
  })
  value?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'For a multiple-choice question: the choices picked.',
  })
  values?: string[] | null;
}

@InputType({
  description:
    'A filled impact form. Each answer is checked against its question (BAD_USER_INPUT on `answers.<questionId>`), and every required question must be answered.',
})
export class CreateFormResponseInput {
  @Field(() => ID, { description: 'The form.' })
  formId!: string;

  @Field(() => ID, { nullable: true, description: 'The visit measured, for a visit form.' })
  visitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The initiative measured, for an initiative form.' })
  initiativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who filled it.' })
  respondentName?: string | null;

  @Field(() => LocalDate, { description: 'The day it was filled.' })
  submittedOn!: string;

  @Field(() => [FormAnswerInput], { description: 'The answers.' })
  answers!: FormAnswerInput[];
}

@InputType({ description: 'Changes to a response; answers sent replace all the answers.' })
export class UpdateFormResponseInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The visit measured.' })
  visitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The initiative measured.' })
  initiativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who filled it.' })
  respondentName?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was filled.' })
  submittedOn?: string;

  @Field(() => [FormAnswerInput], { nullable: true, description: 'All the answers.' })
  answers?: FormAnswerInput[];
}

@InputType({ description: 'Which responses to list.' })
export class FormResponseFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Responses to this form.' })
  formId?: string;

  @Field(() => ID, { nullable: true, description: 'Responses for this visit.' })
  visitId?: string;

  @Field(() => ID, { nullable: true, description: 'Responses for this initiative.' })
  initiativeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Responses for the visits and initiatives of this program.',
  })
  programId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Filled on or after this day.' })
  submittedOnFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Filled on or before this day.' })
  submittedOnTo?: string;
}

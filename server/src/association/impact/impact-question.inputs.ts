import { QuestionKind } from '@mujtama/shared/enums';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BaseFilter, VersionedInput } from '../../common/inputs';

@InputType({ description: 'A question added to an impact form.' })
export class CreateImpactQuestionInput {
  @Field(() => ID, { description: 'The form.' })
  formId!: string;

  @Field(() => Int, { nullable: true, description: 'Place in the form; after the last when left out.' })
  position?: number | null;

  @Field(() => QuestionKind.values, { description: 'The answer it takes.' })
  kind!: QuestionKind;

  @Field(() => String, { description: 'The question (2–500 characters).' })
  prompt!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'For a single- or multiple-choice question: at least two distinct choices, in order.',
  })
  choices!: string[];

  @Field(() => Boolean, { defaultValue: true, description: 'Whether a response must answer it.' })
  required!: boolean;
}

@InputType({ description: 'Changes to a question; its kind is fixed once the form has responses.' })
export class UpdateImpactQuestionInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: 'The form.' })
  formId?: string;

  @Field(() => Int, { nullable: true, description: 'Place in the form.' })
  position?: number;

  @Field(() => QuestionKind.values, { nullable: true, description: 'The answer it takes.' })
  kind?: QuestionKind;

  @Field(() => String, { nullable: true, description: 'The question.' })
  prompt?: string;

  @Field(() => [String], { nullable: true, description: 'The choices, in order.' })
  choices?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Whether a response must answer it.' })
  required?: boolean;
}

@InputType({ description: 'Which questions to list.' })
export class ImpactQuestionFilter extends BaseFilter {
  @Field(() => ID, { nullable: true, description: 'Questions of this form.' })
  formId?: string;

  @Field(() => QuestionKind.values, { nullable: true, description: 'Questions of this kind.' })
  kind?: QuestionKind;
}

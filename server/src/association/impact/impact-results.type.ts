import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ImpactForm } from './impact-form.entity';
import { ImpactQuestion } from './impact-question.entity';

@ObjectType({ description: 'How many answers gave one value: a bar of a chart.' })
export class ValueCount {
  @Field(() => String, { description: 'The value as stored: "1"–"5", "true"/"false", or the choice.' })
  value!: string;

  @Field(() => String, { description: 'The value as shown, in Arabic.' })
  label!: string;

  @Field(() => Int, { description: 'How many answers gave it.' })
  count!: number;

  @Field(() => Float, { description: 'Its share of the answers to the question, from 0 to 1.' })
  share!: number;
}

@ObjectType({ description: 'The answers to one question, aggregated.' })
export class QuestionResult {
  @Field(() => ImpactQuestion, { description: 'The question.' })
  question!: ImpactQuestion;

  @Field(() => Int, { description: 'Responses that answered it.' })
  answered!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of a rating or a number; for yes/no, the share of "yes". Empty for other kinds or no answers.',
  })
  average!: number | null;

  @Field(() => Float, { nullable: true, description: 'Smallest rating or number given.' })
  minimum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest rating or number given.' })
  maximum!: number | null;

  @Field(() => [ValueCount], {
    description:
      'For ratings, yes/no and choices: every possible value with its count, in order (zeros included).',
  })
  distribution!: ValueCount[];

  @Field(() => [String], { description: 'For free text: the latest answers, newest first (at most 20).' })
  texts!: string[];
}

@ObjectType({ description: 'The aggregated answers of an impact form over a set of responses.' })
export class FormResults {
  @Field(() => ImpactForm, { description: 'The form.' })
  form!: ImpactForm;

  @Field(() => Int, { description: 'Responses counted.' })
  responses!: number;

  @Field(() => [QuestionResult], { description: 'Each question, in the form’s order.' })
  questions!: QuestionResult[];
}

import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { QuestionKind } from '@mujtama/shared/enums';
import { associationResources } from '@mujtama/shared/resources';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseRecord } from '../../common/base.entity';
import { ImpactForm } from './impact-form.entity';

@ObjectType({ description: associationResources.ImpactQuestion.description })
@Entity({ tableName: 'impact_question' })
export class ImpactQuestion extends BaseRecord {
  @Field(() => ID, { description: 'The form.' })
  @ManyToOne({ entity: () => ImpactForm, mapToPk: true, fieldName: 'form_id', index: true })
  formId!: number;

  @Field(() => Int, { description: 'Place in the form, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => QuestionKind.values, {
    description: 'The answer it takes: 1–5 rating, yes/no, number, single or multiple choice, free text.',
  })
  @Property({ type: 'string', length: 20 })
  kind!: QuestionKind;

  @Field(() => String, { description: 'The question as the respondent reads it.' })
  @Property({ type: 'string', length: 500 })
  prompt!: string;

  @Field(() => [String], {
    description: 'The choices of a single- or multiple-choice question, in order; empty otherwise.',
  })
  @Property({ type: 'json' })
  choices: string[] = [];

  @Field(() => Boolean, { description: 'Whether a response must answer it.' })
  @Property({ type: 'boolean', default: true })
  required: boolean = true;
}

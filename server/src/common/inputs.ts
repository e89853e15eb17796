import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export abstract class VersionedInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'The version the edit started from; when it is no longer current the update fails with CONFLICT.',
  })
  version?: number | null;
}

@InputType()
export abstract class BaseFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Text search that matches Arabic as people type it: ignores diacritics, tatweel and a leading ال, treats أ إ آ ا, ة ه and ى ي alike.',
  })
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids.' })
  ids?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only demo records (true) or only real ones (false).',
  })
  isDemo?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'List the trash (true) instead of the records in use.',
  })
  trashed?: boolean | null;
}

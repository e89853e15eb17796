import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

const localDateFormat = /^\d{4}-\d{2}-\d{2}$/;
const { serialize: checkedSerialize, ...config } = LocalDateResolver.toConfig();

/**
 * The `LocalDate` scalar of graphql-scalars, checking input as it does. Output skips its two `Date`
 * constructions per value: stored dates were checked on the way in, and a list of sessions
 * serializes thousands of them.
 */
export const LocalDate = new GraphQLScalarType({
  ...config,
  serialize: (value) =>
    typeof value === 'string' && localDateFormat.test(value) ? value : checkedSerialize(value),
});

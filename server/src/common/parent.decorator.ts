import { createParameterDecorator } from 'type-graphql';

/**
 * The parent object of a field resolver, as the parent resolver returned it. type-graphql's `Root`
 * decorator would rebuild it as an instance of its entity class on every call (constructor,
 * property initializers and MikroORM's setters), the largest cost of a nested page; rows are plain.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}

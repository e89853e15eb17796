// Apart from the query builder, so that pages can name these without loading graphql with it.

/**
 * `meta` of an `updateMany` that takes the records back out of the trash (`restoreX`) instead of
 * changing them, so restoring goes through react-admin's mutations and cache like any change.
 */
export const RESTORE_META = { restore: true } as const;

/** `meta` of a `getMany` that looks for the records in the trash. */
export const TRASHED_META = { trashed: true } as const;

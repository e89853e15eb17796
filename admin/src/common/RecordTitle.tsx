import { RecordRepresentation, useGetResourceLabel, useResourceContext } from 'react-admin';

/**
 * The page title of a record represented by an element (the person it concerns):
 * react-admin's default titles only take a text representation.
 */
export function RecordTitle() {
  const resource = useResourceContext();
  const resourceLabel = useGetResourceLabel();
  return (
    <span>
      {resource ? `${resourceLabel(resource, 1)}: ` : null}
      <RecordRepresentation />
    </span>
  );
}

import { Typography } from '@mui/material';
import { RecordRepresentation, ReferenceField, useTranslate } from 'react-admin';
import { TRASHED_META } from '../graphql/meta';

function InTrash() {
  const translate = useTranslate();
  return (
    <span>
      <RecordRepresentation />{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({translate('mujtama.audit.in_trash')})
      </Typography>
    </span>
  );
}

/**
 * A link to a record, by its name: one in use, else one in the trash (marked so); a record deleted
 * for good is only its id.
 */
export function RecordLink({ reference, id }: { reference: string; id: string }) {
  const record = { id };
  const gone = (
    <Typography component="span" variant="body2">
      #{id}
    </Typography>
  );
  const trashed = (
    <ReferenceField
      record={record}
      source="id"
      reference={reference}
      link="show"
      queryOptions={{ meta: TRASHED_META }}
      empty={gone}
    >
      <InTrash />
    </ReferenceField>
  );
  return <ReferenceField record={record} source="id" reference={reference} link="show" empty={trashed} />;
}

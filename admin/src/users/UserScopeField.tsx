import { Typography } from '@mui/material';
import { ReferenceArrayField, ReferenceField, useRecordContext, useTranslate } from 'react-admin';

/** What a user's role reaches: a health manager's centers, a coach's own clients, or all the role allows. */
export function UserScopeField(_props: { label?: string }) {
  const user = useRecordContext();
  const translate = useTranslate();
  if (!user) return null;
  if (user.role === 'HEALTH_MANAGER')
    return <ReferenceArrayField source="centerIds" reference="HealthCenter" />;
  if (user.role === 'COACH' && user.personId) {
    return <ReferenceField source="personId" reference="Person" link="show" />;
  }
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {translate('mujtama.users.all_records')}
    </Typography>
  );
}

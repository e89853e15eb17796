import { type RaRecord, useTranslate, type Validator } from 'react-admin';
import { useFormatNumber } from '../common/digits';
import { PersonLinkedReferenceInput } from '../common/PersonLinkedReferenceInput';

interface VolunteerReferenceInputProps {
  source: string;
  validate?: Validator | Validator[];
  /** Read by react-admin's filter form. */
  alwaysOn?: boolean;
}

/** A volunteer chosen by name; each option says how many hours they have given. */
export function VolunteerReferenceInput(props: VolunteerReferenceInputProps) {
  const translate = useTranslate();
  const format = useFormatNumber();
  const detail = (volunteer: RaRecord) => {
    const hours = Number(volunteer.hours ?? 0);
    return translate('mujtama.volunteers.hours_count', { smart_count: hours, hours: format(hours) });
  };
  return <PersonLinkedReferenceInput reference="Volunteer" detail={detail} {...props} />;
}

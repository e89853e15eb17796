import { formatHijri } from '@mujtama/shared/arabic';
import type { RaRecord, Validator } from 'react-admin';
import { useDigits } from '../common/digits';
import type { Link } from '../common/LinkedNamesField';
import { PersonLinkedReferenceInput } from '../common/PersonLinkedReferenceInput';
import { useAppLocale } from '../common/useAppLocale';

const HOST: Link = { source: 'hostEntityId', reference: 'AssociationEntity' };

interface VisitReferenceInputProps {
  source: string;
  validate?: Validator | Validator[];
  /** Read by react-admin's filter form. */
  alwaysOn?: boolean;
}

/** A visit chosen by its host and its day. */
export function VisitReferenceInput(props: VisitReferenceInputProps) {
  const locale = useAppLocale();
  const digits = useDigits();
  const detail = (visit: RaRecord) =>
    typeof visit.scheduledOn === 'string' ? formatHijri(visit.scheduledOn, locale, digits) : '';
  return <PersonLinkedReferenceInput reference="Visit" linked={HOST} detail={detail} {...props} />;
}

import { QuestionKind } from '@mujtama/shared/enums';
import { BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { LocalNumberField } from '../common/LocalNumberField';
import { RecordMeta } from '../common/RecordMeta';
import { ChoicesField } from './ChoicesField';

export function ImpactQuestionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="formId" reference="ImpactForm" />
        <LocalNumberField source="position" />
        <TextField source="prompt" />
        <EnumField source="kind" enumeration={QuestionKind} />
        <ChoicesField source="choices" />
        <BooleanField source="required" />
        <RecordMeta label={false} />
      </SimpleShowLayout>
    </Show>
  );
}

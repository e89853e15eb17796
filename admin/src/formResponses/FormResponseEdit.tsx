import { RecordTitle } from '../common/RecordTitle';
import { EditPage } from '../common/ResourcePages';
import { withAnswers } from './answers';
import { FormResponseInputs } from './FormResponseInputs';

export function FormResponseEdit() {
  return (
    <EditPage title={<RecordTitle />} transform={withAnswers}>
      <FormResponseInputs />
    </EditPage>
  );
}

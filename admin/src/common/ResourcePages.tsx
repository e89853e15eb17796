import { type ReactElement, type ReactNode, useCallback, useState } from 'react';
import { Create, Edit, HttpError, SimpleForm, type UpdateParams, useNotify } from 'react-admin';
import { ConflictDialog, type SaveConflict } from './ConflictDialog';

interface FormPageProps {
  children: ReactNode;
  defaultValues?: Record<string, unknown>;
  /** For records whose representation is an element, which react-admin's default title leaves out. */
  title?: ReactElement;
  /** Adjusts the values before they are sent, e.g. to clear a field the form no longer shows. */
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** The create page of a resource: its shared inputs, then the record's page. */
export function CreatePage({ children, defaultValues, transform }: FormPageProps) {
  return (
    <Create redirect="show" transform={transform}>
      <SimpleForm defaultValues={defaultValues} warnWhenUnsavedChanges>
        {children}
      </SimpleForm>
    </Create>
  );
}

/**
 * The edit page of a resource. Saving waits for the server, so invalid input is reported on the
 * form, and a stale version (CONFLICT) opens a comparison with what is saved now instead of
 * overwriting it.
 */
export function EditPage({ children, title, transform }: FormPageProps) {
  const notify = useNotify();
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const closeConflict = useCallback(() => setConflict(null), []);
  const onError = (error: unknown, { data, previousData }: Partial<UpdateParams>) => {
    if (error instanceof HttpError && error.status === 409 && data && previousData) {
      setConflict({ base: previousData, mine: data });
      return;
    }
    // As react-admin does by default: invalid input is shown on the fields, anything else notified.
    if (error instanceof HttpError && error.body?.errors) return;
    const message = error instanceof Error ? error.message : 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={{ onError }}
      redirect="show"
      title={title}
      transform={transform}
    >
      <SimpleForm warnWhenUnsavedChanges>
        {children}
        <ConflictDialog conflict={conflict} onClose={closeConflict} />
      </SimpleForm>
    </Edit>
  );
}

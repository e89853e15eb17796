import type { ReactElement, ReactNode } from 'react';
import { Create, Edit, SimpleForm } from 'react-admin';

interface FormPageProps {
  children: ReactNode;
  defaultValues?: Record<string, unknown>;
  /** For records whose representation is an element, which react-admin's default title leaves out. */
  title?: ReactElement;
}

/** The create page of a resource: its shared inputs, then the record's page. */
export function CreatePage({ children, defaultValues }: FormPageProps) {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaultValues} warnWhenUnsavedChanges>
        {children}
      </SimpleForm>
    </Create>
  );
}

/**
 * The edit page of a resource. Saving waits for the server, so a stale version (CONFLICT)
 * or invalid input is reported on the form instead of after an optimistic update.
 */
export function EditPage({ children, title }: FormPageProps) {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={title}>
      <SimpleForm warnWhenUnsavedChanges>{children}</SimpleForm>
    </Edit>
  );
}

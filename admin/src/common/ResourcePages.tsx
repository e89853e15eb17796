import type { ReactElement, ReactNode } from 'react';
import { Create, Edit, SimpleForm } from 'react-admin';

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
 * The edit page of a resource. Saving waits for the server, so a stale version (CONFLICT)
 * or invalid input is reported on the form instead of after an optimistic update.
 */
export function EditPage({ children, title, transform }: FormPageProps) {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={title} transform={transform}>
      <SimpleForm warnWhenUnsavedChanges>{children}</SimpleForm>
    </Edit>
  );
}

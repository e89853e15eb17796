import UploadIcon from '@mui/icons-material/Upload';
import { ImportType, importResource } from '@mujtama/shared/enums';
import { lazy, Suspense, useState } from 'react';
import { Button, useCanAccess, useResourceContext } from 'react-admin';

const ImportDialog = lazy(() => import('./ImportDialog'));

/** Offers a CSV import on the lists of the types that have one, to users who may create their records. */
export function ImportCsvButton() {
  const resource = useResourceContext();
  const type = ImportType.keys.find((key) => importResource[key] === resource);
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  const [open, setOpen] = useState(false);
  if (!type || !canAccess) return null;
  return (
    <>
      <Button label="mujtama.csv.import" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog type={type} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

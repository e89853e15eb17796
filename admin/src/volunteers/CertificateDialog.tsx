import CloseIcon from '@mui/icons-material/Close';
import PrintIcon from '@mui/icons-material/Print';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import {
  Box,
  Dialog,
  DialogContent,
  GlobalStyles,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, type Identifier, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../reports/useGraphQLQuery';

interface CalendarDay {
  hijriAr: string;
  gregorianAr: string;
}

interface Certificate {
  issuer: string;
  volunteerName: string;
  text: string;
  hours: number;
  lines: { title: string; teamName: string; hours: number; startDate: CalendarDay }[];
  issuedOn: CalendarDay;
}

const CERTIFICATE = `query VolunteerCertificate($id: ID!) {
  volunteer(id: $id) {
    certificate {
      issuer volunteerName text hours
      lines { title teamName hours startDate { hijriAr gregorianAr } }
      issuedOn { hijriAr gregorianAr }
    }
  }
}`;

const arabicNumber = new Intl.NumberFormat('ar-SA-u-nu-arab', { maximumFractionDigits: 1 });

/** Only the certificate is printed: the admin behind the dialog, and the dialog's buttons, are left out. */
const printOnlyCertificate = (
  <GlobalStyles
    styles={{
      '@media print': {
        '#root, .mujtama-certificate .MuiBackdrop-root': { display: 'none' },
        '.mujtama-certificate .MuiDialog-container, .mujtama-certificate .MuiDialog-paper': {
          position: 'static',
          overflow: 'visible',
          height: 'auto',
          maxHeight: 'none',
          boxShadow: 'none',
        },
        '@page': { size: 'A4', margin: '18mm' },
      },
    }}
  />
);

/**
 * The certificate as issued: in Arabic, right to left, whatever language the admin is read in,
 * with every date in the Hijri and the Gregorian calendars.
 */
function CertificateSheet({ certificate }: { certificate: Certificate }) {
  return (
    <Box
      dir="rtl"
      lang="ar"
      sx={{
        maxWidth: '190mm',
        mx: 'auto',
        p: { xs: 3, sm: 6 },
        border: 3,
        borderColor: 'primary.main',
        outline: 1,
        outlineColor: 'primary.main',
        outlineOffset: '-10px',
        bgcolor: 'background.paper',
        color: 'text.primary',
        '@media print': { border: 3, borderColor: '#1b5e20', color: '#000', bgcolor: '#fff' },
      }}
    >
      <Stack alignItems="center" gap={1} sx={{ mb: 4, textAlign: 'center' }}>
        <Typography variant="h6" component="p">
          {certificate.issuer}
        </Typography>
        <Typography variant="h4" component="h2" sx={{ fontWeight: 700 }}>
          شهادة ساعات تطوعية
        </Typography>
        <Typography variant="h5" component="p" sx={{ mt: 2 }}>
          {certificate.volunteerName}
        </Typography>
      </Stack>
      <Typography variant="body1" sx={{ lineHeight: 2.2, textAlign: 'justify', mb: 3 }}>
        {certificate.text}
      </Typography>
      <Table size="small" sx={{ mb: 4 }}>
        <TableHead>
          <TableRow>
            <TableCell>المبادرة</TableCell>
            <TableCell>الفريق التطوعي</TableCell>
            <TableCell>التاريخ</TableCell>
            <TableCell align="left">الساعات</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {certificate.lines.map((line) => (
            <TableRow key={`${line.title}-${line.startDate.hijriAr}`}>
              <TableCell>{line.title}</TableCell>
              <TableCell>{line.teamName}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {line.startDate.hijriAr}
                <br />
                {line.startDate.gregorianAr} م
              </TableCell>
              <TableCell align="left">{arabicNumber.format(line.hours)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={3} sx={{ fontWeight: 700 }}>
              مجموع الساعات التطوعية
            </TableCell>
            <TableCell align="left" sx={{ fontWeight: 700 }}>
              {arabicNumber.format(certificate.hours)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Stack direction="row" justifyContent="space-between" alignItems="flex-end" gap={4}>
        <Box>
          <Typography variant="body2">تاريخ الإصدار</Typography>
          <Typography variant="body1">{certificate.issuedOn.hijriAr}</Typography>
          <Typography variant="body2" color="text.secondary">
            الموافق {certificate.issuedOn.gregorianAr} م
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'center', minWidth: '45mm' }}>
          <Box sx={{ borderBottom: 1, height: '18mm', mb: 1 }} />
          <Typography variant="body2">وحدة التطوع</Typography>
        </Box>
      </Stack>
    </Box>
  );
}

function CertificateDialog({ volunteerId, onClose }: { volunteerId: Identifier; onClose: () => void }) {
  const translate = useTranslate();
  const { data } = useGraphQLQuery<{ volunteer: { certificate: Certificate } }>(CERTIFICATE, {
    id: volunteerId,
  });
  const certificate = data?.volunteer.certificate;
  return (
    <Dialog
      open
      fullScreen
      onClose={onClose}
      className="mujtama-certificate"
      aria-label={translate('resources.Volunteer.fields.certificate')}
    >
      {printOnlyCertificate}
      <Stack
        direction="row"
        justifyContent="flex-end"
        gap={1}
        sx={{ p: 2, displayPrint: 'none', borderBottom: 1, borderColor: 'divider' }}
      >
        <Button
          label="mujtama.volunteers.print"
          variant="contained"
          onClick={() => window.print()}
          disabled={!certificate}
        >
          <PrintIcon />
        </Button>
        <Button label="ra.action.close" onClick={onClose}>
          <CloseIcon />
        </Button>
      </Stack>
      <DialogContent sx={{ '@media print': { p: 0 } }}>
        {certificate ? <CertificateSheet certificate={certificate} /> : <LinearProgress />}
      </DialogContent>
    </Dialog>
  );
}

/** Opens the volunteer's hours certificate, ready to print. */
export function CertificateButton() {
  const volunteer = useRecordContext();
  const [open, setOpen] = useState(false);
  if (!volunteer) return null;
  return (
    <>
      <Button label="resources.Volunteer.fields.certificate" onClick={() => setOpen(true)}>
        <WorkspacePremiumIcon />
      </Button>
      {open ? <CertificateDialog volunteerId={volunteer.id} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

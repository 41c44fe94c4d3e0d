import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { PageHeading } from './PageHeading';

/** A page-level error: a heading, a plain-language explanation and what to do. Never technical detail. */
export function ErrorView({ title, body, actions }: { title: string; body: ReactNode; actions?: ReactNode }) {
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <PageHeading title={title}>{title}</PageHeading>
      <Alert severity="error" variant="outlined">
        <Typography component="div">{body}</Typography>
      </Alert>
      {actions && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      )}
    </Stack>
  );
}

import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { hasStatus, isApiError } from '../../api/errors';
import { requestStepUp } from '../../auth/session';
import { useInstanceT } from '../../i18n/features/instance/useInstanceT';
import { InstanceHeading } from './InstanceHeading';

export type ProblemKind = 'not-found' | 'step-up' | 'no-access' | 'server';

/**
 * What a failed instance read means. Storage answers 403 with an empty body both for "no
 * right" and for "too low a security level" (altinn-api.md §10), so at level 3 a 403 may be
 * either and the person is offered the high level; at level 4 it can only be "no access".
 */
export function problemKind(error: unknown, authLevel: number): ProblemKind {
  if (hasStatus(error, 404)) return 'not-found';
  if (hasStatus(error, 403)) return authLevel < 4 ? 'step-up' : 'no-access';
  if (isApiError(error) && error.kind === 'http' && error.status === 400) return 'not-found';
  return 'server';
}

interface Props {
  kind: ProblemKind;
  partyName: string | null;
  onRetry: () => void;
  returnTo: string;
  back: ReactNode;
  level: 1 | 2;
}

export function InstanceProblem({ kind, partyName, onRetry, returnTo, back, level }: Props) {
  const t = useInstanceT();
  const content: Record<
    ProblemKind,
    { title: string; body: string; severity: 'info' | 'error' | 'warning' }
  > = {
    'not-found': { title: t('instance.notFound.title'), body: t('instance.notFound.body'), severity: 'info' },
    'step-up': { title: t('instance.stepUp.title'), body: t('instance.stepUp.body'), severity: 'info' },
    'no-access': {
      title: t('instance.noAccess.title'),
      body: partyName
        ? t('instance.noAccess.body', { party: partyName })
        : t('instance.noAccess.bodyNoParty'),
      severity: 'warning',
    },
    server: {
      title: t('instance.serverError.title'),
      body: t('instance.serverError.body'),
      severity: 'error',
    },
  };
  const { title, body, severity } = content[kind];
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <InstanceHeading title={title} level={level}>
        {title}
      </InstanceHeading>
      <Alert severity={severity} variant="outlined">
        <Typography component="div">{body}</Typography>
      </Alert>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        {kind === 'step-up' && (
          <Button variant="contained" onClick={() => void requestStepUp(returnTo)}>
            {t('instance.stepUp.button')}
          </Button>
        )}
        {kind === 'server' && (
          <Button variant="contained" onClick={onRetry}>
            {t('instance.retry')}
          </Button>
        )}
        {back}
      </Stack>
    </Stack>
  );
}

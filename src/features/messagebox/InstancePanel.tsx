import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';

import { instanceSummaryQueryOptions, type InstanceSummary } from '../../api/storage';
import { useI18n } from '../../i18n/useT';
import { formatExact } from './relativeTime';
import { plainStatus } from './statusMapping';
import type { RowTexts } from './useRowTexts';

interface Props {
  partyId: number;
  guid: string;
  /** The row from the loaded list, when it is there (no extra request then). */
  row: InstanceSummary | undefined;
  texts: RowTexts;
  closeHref: string;
}

/**
 * The open instance beside the list. A placeholder until the instance view (issue 5) replaces
 * it: title, status, dates and a way back to the list.
 */
export function InstancePanel({ partyId, guid, row, texts, closeHref }: Props) {
  const { t, language } = useI18n();
  const headingId = useId();
  const fetched = useQuery({ ...instanceSummaryQueryOptions(partyId, guid), enabled: !row });
  const instance = row ?? fetched.data;
  const dates: Array<[string, string | null]> = instance
    ? [
        [t('mb.panel.created'), instance.created],
        [t('mb.panel.lastChanged'), instance.lastChanged],
      ]
    : [];
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 } }}>
      <Button
        component={RouterLink}
        to={closeHref}
        startIcon={<CloseIcon aria-hidden />}
        sx={{ mb: 1, ml: -1 }}
      >
        {t('mb.panel.close')}
      </Button>
      {instance ? (
        <>
          <Typography
            variant="h2"
            id={headingId}
            sx={{ fontSize: '1.5rem', mb: 1, overflowWrap: 'anywhere' }}
          >
            {texts.title(instance.appId)}
          </Typography>
          <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 600, mt: 1 }, '& dd': { m: 0 } }}>
            <div>
              <dt>{t('mb.panel.serviceOwner')}</dt>
              <dd>{texts.orgName(instance.org)}</dd>
            </div>
            <div>
              <dt>{t('mb.panel.status')}</dt>
              <dd>
                {[t(`status.${plainStatus(instance)}`), texts.substatus(instance)]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            </div>
            {dates.map(([label, value]) =>
              value ? (
                <Box key={label} component="div">
                  <dt>{label}</dt>
                  <dd>{formatExact(new Date(value), language)}</dd>
                </Box>
              ) : null,
            )}
          </Box>
          <Typography color="text.secondary" sx={{ mt: 2 }}>
            {t('mb.panel.comingSoon')}
          </Typography>
        </>
      ) : fetched.isError ? (
        <>
          <Typography variant="h2" id={headingId} sx={{ fontSize: '1.5rem', mb: 1 }}>
            {t('mb.panel.label')}
          </Typography>
          <Alert severity="error" variant="outlined">
            {t('mb.panel.error')}
          </Alert>
        </>
      ) : (
        <Box role="status" aria-busy="true">
          <Typography variant="h2" id={headingId} sx={{ fontSize: '1.5rem', mb: 1 }}>
            {t('mb.panel.loading')}
          </Typography>
          <Skeleton variant="text" width="70%" />
          <Skeleton variant="text" width="50%" />
        </Box>
      )}
    </Paper>
  );
}

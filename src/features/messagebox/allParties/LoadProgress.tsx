import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { Notice } from '../../../components/Notice';
import { useAllPartiesT } from '../../../i18n/features/allParties/useAllPartiesT';
import type { PartyProgress } from './allPartiesLoader';

/**
 * The line that says which parties are still loading and which failed, each failed party by name
 * with its own retry. The counts are in a polite live region; the failures stay on screen until
 * a retry succeeds, so a failing party is never silently missing from the merged list.
 */
export function LoadProgress({
  parties,
  nameOf,
  onRetry,
}: {
  parties: readonly PartyProgress[];
  nameOf: (partyId: number) => string;
  onRetry: (partyId: number) => void;
}) {
  const t = useAllPartiesT();
  const total = parties.length;
  const loading = parties.filter((p) => p.state === 'loading' || p.state === 'waiting').length;
  const failed = parties.filter((p) => p.state === 'failed');
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Typography role="status" variant="body2" color="text.secondary">
        {loading > 0
          ? t('allParties.progress.loading', { loading, total })
          : t('allParties.progress.done', { total: total - failed.length })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={total === 0 ? 100 : ((total - loading) / total) * 100}
        aria-hidden
        sx={{ visibility: loading > 0 ? 'visible' : 'hidden', height: 2 }}
      />
      {failed.length > 0 && (
        <Notice severity="warning" role="alert">
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {failed.length === 1
              ? t('allParties.progress.failedOne')
              : t('allParties.progress.failed', { count: failed.length })}
          </Typography>
          <Stack component="ul" spacing={0.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {failed.map((party) => (
              <Stack
                component="li"
                key={party.partyId}
                direction="row"
                sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
              >
                <span>{nameOf(party.partyId)}</span>
                <Button
                  size="small"
                  variant="outlined"
                  color="inherit"
                  aria-label={t('allParties.retry', { name: nameOf(party.partyId) })}
                  onClick={() => onRetry(party.partyId)}
                >
                  {t('allParties.retryVisible')}
                </Button>
              </Stack>
            ))}
          </Stack>
        </Notice>
      )}
    </Stack>
  );
}

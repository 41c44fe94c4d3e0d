import CloseIcon from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';

import { Notice } from '../../../components/Notice';
import { useT } from '../../../i18n/useT';
import type { BulkFailure } from './bulkActions';
import { describeFailure } from './describeOutcome';

/**
 * The items the last action could not change, each by name with the platform's refusal in plain
 * words. Loaded with the bulk engine (bulkEngine.ts): there are no failures before an action ran.
 */
export function BulkFailures({ failures, onDismiss }: { failures: BulkFailure[]; onDismiss: () => void }) {
  const t = useT();
  if (failures.length === 0) return null;
  return (
    <Notice
      severity="warning"
      variant="filled"
      role="alert"
      action={
        <IconButton size="small" color="inherit" aria-label={t('bulk.dismiss')} onClick={onDismiss}>
          <CloseIcon fontSize="small" />
        </IconButton>
      }
    >
      <Typography sx={{ fontWeight: 500, mt: '-2px', mb: '0.35em' }}>
        {t('bulk.failedHeading', { count: failures.length })}
      </Typography>
      <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
        {failures.map((failure) => (
          <li key={failure.target.id}>{describeFailure(failure, t)}</li>
        ))}
      </ul>
    </Notice>
  );
}

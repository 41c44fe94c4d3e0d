import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

import { useT } from '../../../i18n/useT';
import type { BulkFailure } from './bulkActions';
import { describeFailure } from './describeOutcome';

/** The items the last action could not change, each by name with the platform's refusal in plain words. */
export function BulkFailures({ failures, onDismiss }: { failures: BulkFailure[]; onDismiss: () => void }) {
  const t = useT();
  if (failures.length === 0) return null;
  return (
    <Alert
      severity="warning"
      onClose={onDismiss}
      slotProps={{ closeButton: { 'aria-label': t('bulk.dismiss') } }}
    >
      <AlertTitle>{t('bulk.failedHeading', { count: failures.length })}</AlertTitle>
      <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
        {failures.map((failure) => (
          <li key={failure.target.id}>{describeFailure(failure, t)}</li>
        ))}
      </ul>
    </Alert>
  );
}

import * as instanceActions from '../../../api/instanceActions';
import type { BulkApi } from './bulkActions';

/**
 * Everything a bulk action needs once the person acts, as one chunk: the plan and the bounded
 * runner (bulkActions.ts), the words for its outcome, the cache patch, the platform calls and
 * the failure list. None of it is needed to show the list or to select rows, so it stays off
 * the first inbox page (bundle budget, issue 7); loadBulkEngine.ts fetches it on intent.
 */
export { planAction, planUndo, runSteps } from './bulkActions';
export { BulkFailures } from './BulkFailures';
export { announcement, doneMessage } from './describeOutcome';
export { patchReadStatus } from './patchListCache';

export const api: BulkApi = instanceActions;

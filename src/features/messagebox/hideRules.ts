import type { AppInfo } from '../../api/applications';
import type { InstanceSummary } from '../../api/storage';

export type HiddenReason = 'not-yet-visible' | 'hidden-always' | 'hidden-on-task';

type HideInput = Pick<InstanceSummary, 'visibleAfter' | 'currentTask'>;

/**
 * What Storage's instance query leaves to the client (altinn-api.md §5.1, §7.1): Altinn's own
 * message box drops instances whose `visibleAfter` is still in the future and those the app hides
 * through `messageBoxConfig.hideSettings` (always, or while the process is at one of the listed
 * tasks). Returns why an instance is hidden, or null when it shows. An app whose metadata is
 * unknown hides nothing: we cannot know, and hiding would lose the person's data from view.
 */
export function hiddenReason(instance: HideInput, app: AppInfo | undefined, now: Date): HiddenReason | null {
  if (instance.visibleAfter) {
    const visibleAt = Date.parse(instance.visibleAfter);
    if (!Number.isNaN(visibleAt) && visibleAt > now.getTime()) return 'not-yet-visible';
  }
  if (app?.hideAlways) return 'hidden-always';
  const taskId = instance.currentTask?.elementId;
  if (taskId && app?.hideOnTask.includes(taskId)) return 'hidden-on-task';
  return null;
}

export function isShownInList(instance: HideInput, app: AppInfo | undefined, now: Date): boolean {
  return hiddenReason(instance, app, now) === null;
}

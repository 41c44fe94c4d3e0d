import { accessSync, constants } from 'node:fs';

/** Whether `path` exists and may be run by this process (the browser and nginx probes use it). */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

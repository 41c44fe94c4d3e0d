import { useCallback, useEffect, useRef, useState } from 'react';

import { startDownload, type DownloadMode, type RunningDownload } from './client/startDownload';
import {
  emptyProgress,
  type DownloadErrorKind,
  type DownloadPlan,
  type DownloadProgress,
  type EntryProblem,
} from './engine/types';

export type DownloadState =
  | { status: 'idle' }
  | { status: 'running'; progress: DownloadProgress; mode: DownloadMode | null }
  | { status: 'done'; problems: EntryProblem[] }
  | { status: 'error'; kind: DownloadErrorKind };

export interface DownloadControl {
  state: DownloadState;
  /** `tab` from `openBlankTab()` when the file should open in a new tab. */
  start(plan: DownloadPlan, tab?: Window | null): void;
  cancel(): void;
  /** Starts the last plan again from the beginning (a ZIP is always rebuilt whole). */
  retry(): void;
  reset(): void;
}

/** One download's life: start, progress, cancel, the outcome, and a retry of the same plan. */
export function useDownload(): DownloadControl {
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const running = useRef<RunningDownload | null>(null);
  const lastPlan = useRef<DownloadPlan | null>(null);
  const generation = useRef(0);

  const start = useCallback((plan: DownloadPlan, tab: Window | null = null) => {
    running.current?.cancel();
    generation.current += 1;
    const mine = generation.current;
    lastPlan.current = plan;
    setState({ status: 'running', progress: emptyProgress(), mode: null });
    const current = () => generation.current === mine;
    void startDownload(
      plan,
      {
        onProgress: (progress) => {
          if (current()) setState((s) => (s.status === 'running' ? { ...s, progress } : s));
        },
        onDone: (outcome) => {
          if (current()) setState({ status: 'done', problems: outcome.problems });
        },
        onError: (kind) => {
          if (current()) setState({ status: 'error', kind });
        },
      },
      tab,
    ).then((handle) => {
      if (!current()) {
        handle.cancel();
        return;
      }
      running.current = handle;
      setState((s) => (s.status === 'running' ? { ...s, mode: handle.mode } : s));
    });
  }, []);

  const cancel = useCallback(() => {
    running.current?.cancel();
  }, []);

  const retry = useCallback(() => {
    if (lastPlan.current) start(lastPlan.current);
  }, [start]);

  const reset = useCallback(() => {
    generation.current += 1;
    running.current?.cancel();
    running.current = null;
    setState({ status: 'idle' });
  }, []);

  // Leaving the page part stops what it started.
  useEffect(() => () => running.current?.cancel(), []);

  return { state, start, cancel, retry, reset };
}

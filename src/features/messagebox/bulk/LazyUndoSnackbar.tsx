import { useEffect, useState, type ComponentProps } from 'react';

import { loadOnce } from '../../../lib/loadOnce';
import type { UndoSnackbar as UndoSnackbarType } from './UndoSnackbar';

// MUI's Snackbar (with its Grow transition and click-away listener) is not needed for the first
// inbox row (bundle budget, issue 7): it loads with the first bulk result and then stays mounted,
// so later results open and close with their transition. Like LazyShortcutsDialog, not
// React.lazy: a suspended render waits out React's 300 ms fallback throttle.
const snackbar = loadOnce(() => import('./UndoSnackbar').then((module) => module.UndoSnackbar));

/** UndoSnackbar, fetched when the first offer arrives (it is fixed-position: nothing shifts). */
export function LazyUndoSnackbar(props: ComponentProps<typeof UndoSnackbarType>) {
  const [Snackbar, setSnackbar] = useState(() => snackbar.loaded());
  const wanted = props.offer !== null;
  useEffect(() => {
    if (wanted && !Snackbar) void snackbar.load().then((component) => setSnackbar(() => component));
  }, [wanted, Snackbar]);
  return Snackbar ? <Snackbar {...props} /> : null;
}

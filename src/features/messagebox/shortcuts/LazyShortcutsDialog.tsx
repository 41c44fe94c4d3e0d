import { useEffect, useState } from 'react';

import { loadOnce } from '../../../lib/loadOnce';

// The `?` overlay (a dialog with a table) is not needed for the first inbox row (bundle budget,
// issue 7): its code loads the first time it is opened, then renders directly. Not React.lazy:
// a suspended first render waits out React's 300 ms fallback throttle.
const dialog = loadOnce(() => import('./ShortcutsDialog').then((module) => module.ShortcutsDialog));

/** ShortcutsDialog, fetched on first opening. */
export function LazyShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [Dialog, setDialog] = useState(() => dialog.loaded());
  useEffect(() => {
    if (open && !Dialog) void dialog.load().then((component) => setDialog(() => component));
  }, [open, Dialog]);
  return Dialog ? <Dialog open={open} onClose={onClose} /> : null;
}

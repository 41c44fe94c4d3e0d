import { useEffect, useState } from 'react';

import type { ShortcutsDialog as ShortcutsDialogType } from './ShortcutsDialog';

type DialogComponent = typeof ShortcutsDialogType;

// The `?` overlay (a dialog with a table) is not needed for the first inbox row (bundle budget,
// issue 7): its code loads the first time it is opened, then renders directly. Not React.lazy:
// a suspended first render waits out React's 300 ms fallback throttle.
let loaded: DialogComponent | null = null;
const load = (): Promise<DialogComponent> =>
  import('./ShortcutsDialog').then((module) => (loaded = module.ShortcutsDialog));

/** ShortcutsDialog, fetched on first opening. */
export function LazyShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [Dialog, setDialog] = useState<DialogComponent | null>(() => loaded);
  useEffect(() => {
    if (open && !Dialog) void load().then((component) => setDialog(() => component));
  }, [open, Dialog]);
  return Dialog ? <Dialog open={open} onClose={onClose} /> : null;
}

import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useId } from 'react';

import { useShortcutsT } from '../../../i18n/features/shortcuts/useShortcutsT';
import { SHORTCUT_LIST, type ShortcutCommand } from './keyMap';

const DESCRIPTION = {
  next: 'shortcuts.command.next',
  previous: 'shortcuts.command.previous',
  open: 'shortcuts.command.open',
  back: 'shortcuts.command.back',
  focusSearch: 'shortcuts.command.focusSearch',
  toggleSelect: 'shortcuts.command.toggleSelect',
  markRead: 'shortcuts.command.markRead',
  markUnread: 'shortcuts.command.markUnread',
  moveToBin: 'shortcuts.command.moveToBin',
  showHelp: 'shortcuts.command.showHelp',
} as const satisfies Record<ShortcutCommand, string>;

/** The `?` overlay: every shortcut in the person's language, as a table. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useShortcutsT();
  const titleId = useId();
  const introId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={introId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Typography id={introId} sx={{ mb: 1 }}>
          {t('shortcuts.intro')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('shortcuts.key')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('shortcuts.action')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUT_LIST.map((row) => (
              <TableRow key={row.command}>
                <TableCell>
                  {row.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ` ${t('shortcuts.or')} `}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </TableCell>
                <TableCell>{t(DESCRIPTION[row.command])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('shortcuts.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

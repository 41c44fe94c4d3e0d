import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * Printing the instance view gives a clean one-page summary whatever surrounds it (header, the
 * list beside it): only the view is visible, actions and disclosure buttons are left out, and
 * the history is always printed expanded.
 */
export function PrintStyles({ rootId }: { rootId: string }) {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          'body *': { visibility: 'hidden' },
          [`#${rootId}, #${rootId} *`]: { visibility: 'visible' },
          [`#${rootId}`]: { position: 'absolute', left: 0, top: 0, width: '100%', padding: '0 8mm' },
          [`#${rootId} [data-instance-print="hide"]`]: { display: 'none !important' },
          [`#${rootId} [data-instance-print="show"]`]: { display: 'block !important' },
          '.MuiSnackbar-root, .MuiDialog-root': { display: 'none !important' },
        },
      }}
    />
  );
}

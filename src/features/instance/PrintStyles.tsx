import GlobalStyles from '@mui/material/GlobalStyles';

/**
 * Printing the instance view gives a clean summary whatever surrounds it (header, the list
 * beside it): everything that neither is nor contains the view is left out, the view's
 * ancestors lose their layout (grid columns, sticky position, panel border) so it takes the
 * whole page, actions and disclosure buttons are left out, and the history prints expanded.
 */
export function PrintStyles({ rootId }: { rootId: string }) {
  const root = `#${rootId}`;
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          [`body *:not(:has(${root})):not(${root}):not(${root} *)`]: { display: 'none !important' },
          [`:has(${root})`]: {
            display: 'block !important',
            position: 'static !important',
            width: 'auto !important',
            maxWidth: 'none !important',
            margin: '0 !important',
            padding: '0 !important',
            border: '0 !important',
            boxShadow: 'none !important',
            background: 'none !important',
          },
          [`${root} [data-instance-print="hide"]`]: { display: 'none !important' },
          [`${root} [data-instance-print="show"]`]: { display: 'block !important' },
        },
      }}
    />
  );
}

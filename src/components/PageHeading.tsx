import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

import { usePageTitle } from './usePageTitle';

// The first page of a visit keeps the browser's natural focus; later pages move focus to their
// heading so screen-reader and keyboard users learn that the page changed.
let isFirstPage = true;

/** The page's one h1; also sets the document title. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <Typography ref={ref} variant="h1" tabIndex={-1} sx={{ mb: 2, overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  );
}

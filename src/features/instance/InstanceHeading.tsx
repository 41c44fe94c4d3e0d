import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

import { usePageTitle } from '../../components/usePageTitle';

/**
 * The instance view's title heading (its one h1 when it is the page). It takes focus when it
 * appears, so opening an instance from the list (or a problem replacing it) is announced and
 * keyboard users start at the top of it.
 */
export function InstanceHeading({
  children,
  title,
  id,
  level = 1,
}: {
  children: ReactNode;
  title: string;
  id?: string;
  /** 2 when a page heading above it is already the h1 (the list beside it on wide screens). */
  level?: 1 | 2;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Typography
      ref={ref}
      id={id}
      variant="h1"
      component={level === 1 ? 'h1' : 'h2'}
      tabIndex={-1}
      sx={{ mb: 1, overflowWrap: 'anywhere', ...(level === 2 && { fontSize: '1.75rem' }) }}
    >
      {children}
    </Typography>
  );
}

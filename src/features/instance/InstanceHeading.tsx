import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

import { usePageTitle } from '../../components/usePageTitle';

/**
 * The instance view's one h1. It takes focus when it appears, so opening an instance from the
 * list (or a problem replacing it) is announced and keyboard users start at the top of it.
 */
export function InstanceHeading({
  children,
  title,
  id,
}: {
  children: ReactNode;
  title: string;
  id?: string;
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
      tabIndex={-1}
      sx={{ mb: 1, overflowWrap: 'anywhere', outline: 'none' }}
    >
      {children}
    </Typography>
  );
}

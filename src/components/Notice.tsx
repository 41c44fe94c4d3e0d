import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import Box from '@mui/material/Box';
import { darken, getContrastRatio, lighten, type SxProps, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export type NoticeSeverity = 'info' | 'warning' | 'error';

const ICONS = { info: InfoOutlined, warning: ReportProblemOutlined, error: ErrorOutline } as const;

interface Props {
  severity: NoticeSeverity;
  /** Outlined (the default) or 'filled' with a pale tint of the severity and no border. */
  variant?: 'outlined' | 'filled';
  /**
   * 'alert' for something that went wrong and must be heard at once, 'status' for news that can
   * wait; none when the notice sits inside a live region of its own (announced once, by that).
   */
  role?: 'alert' | 'status';
  /** Replaces the severity's own icon (always decorative: the text says everything). */
  icon?: ReactNode;
  /** A button (Prøv igjen, Lukk) at the end of the line. */
  action?: ReactNode;
  children: ReactNode;
  sx?: Exclude<SxProps<Theme>, readonly unknown[]>;
}

/**
 * A message box with an icon, in the look of MUI's outlined (or standard) Alert: text in the
 * severity's colour darkened (light theme) or lightened (dark theme) to well over 4.5:1, icon and
 * border in a shade of it that stands out 3:1 or more on both themes' backgrounds (MUI's Alert
 * draws its border in the paler `light` shade, under 2:1 for warning). Our own because MUI's Alert
 * brings Paper, IconButton and four icons to every page that shows one (bundle budget, issue 7).
 */
export function Notice({ severity, variant = 'outlined', role, icon, action, children, sx }: Props) {
  const Icon = ICONS[severity];
  return (
    <Box
      role={role}
      sx={[
        (theme) => {
          const { light, main, dark: deep } = theme.palette[severity];
          const dark = theme.palette.mode === 'dark';
          // The main shade where it stands out 3:1 from the page; else (warning's orange on the
          // light page, 2.85:1) the deeper one.
          const edge = getContrastRatio(main, theme.palette.background.default) >= 3 ? main : deep;
          return {
            ...theme.typography.body2,
            display: 'flex',
            padding: '6px 16px',
            borderRadius: `${theme.shape.borderRadius}px`,
            color: dark ? lighten(light, 0.6) : darken(light, 0.6),
            ...(variant === 'outlined'
              ? { border: `1px solid ${edge}` }
              : { backgroundColor: dark ? darken(light, 0.9) : lighten(light, 0.9) }),
            '& > .notice-icon': { color: edge },
          };
        },
        sx ?? false,
      ]}
    >
      <Box
        className="notice-icon"
        aria-hidden
        sx={{ mr: 1.5, py: '7px', display: 'flex', fontSize: 22, '& svg': { fontSize: 'inherit' } }}
      >
        {icon ?? <Icon fontSize="inherit" />}
      </Box>
      <Box sx={{ py: 1, minWidth: 0, overflow: 'auto' }}>{children}</Box>
      {action && (
        <Box sx={{ display: 'flex', alignItems: 'flex-start', pt: 0.5, pl: 2, ml: 'auto', mr: -1 }}>
          {action}
        </Box>
      )}
    </Box>
  );
}

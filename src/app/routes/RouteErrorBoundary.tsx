import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';

// The error pages load only when an error actually happens.
const RouteErrorPage = lazy(() => import('./RouteError').then((m) => ({ default: m.RouteError })));

interface Props {
  /** Inside the signed-in frame the header and sign-out stay; outside, a public page frames it. */
  inShell: boolean;
  children: ReactNode;
}

interface BoundaryProps extends Props {
  /** The page's path: a navigation elsewhere clears the error, as a new page should. */
  resetKey: string;
}

interface State {
  failed: boolean;
  error: unknown;
}

class Boundary extends Component<BoundaryProps, State> {
  override state: State = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false, error: undefined });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Suspense fallback={null}>
        <RouteErrorPage error={this.state.error} inShell={this.props.inShell} />
      </Suspense>
    );
  }
}

/** Catches what a page throws while rendering (failed sign-in, a chunk that would not load…). */
export function RouteErrorBoundary({ inShell, children }: Props) {
  const { pathname } = useLocation();
  return (
    <Boundary inShell={inShell} resetKey={pathname}>
      {children}
    </Boundary>
  );
}

import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  fallback: (error: unknown, reset: () => void) => ReactNode;
  /** When this changes while an error is shown (e.g. the path), the boundary tries again. */
  resetKey?: unknown;
  onReset?: () => void;
};

type State = { failed: boolean; error: unknown };

/**
 * Catches render errors below it and shows `fallback` instead of a blank page.
 * React still has no hook for this, hence the class. React itself logs what was caught to the
 * console (its default onCaughtError), so the developer keeps the stack; the panel is for the analyst.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.reset();
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState({ failed: false, error: null });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

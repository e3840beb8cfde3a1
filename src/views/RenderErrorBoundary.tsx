/**
 * The last safety net under a loaded election: an error thrown while drawing
 * a view shows the error panel in place of that view, never a blank page.
 * New data (a live refresh) or Retry draws the view again.
 */
import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel.tsx';

interface Props {
  /** When it changes, a failed view is drawn again. */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  failedKey: unknown;
}

export class RenderErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failedKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === undefined) return { failedKey: props.resetKey };
    return props.resetKey === state.failedKey ? null : { error: undefined, failedKey: props.resetKey };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <main>
        <ErrorPanel error={this.state.error} onRetry={() => this.setState({ error: undefined })} />
      </main>
    );
  }
}

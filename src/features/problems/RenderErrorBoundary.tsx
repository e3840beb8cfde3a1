/**
 * The last safety net under a loaded election: an error thrown while drawing
 * a view shows the error panel in place of that view, never a blank page.
 * New data (a live refresh), another page or Retry draws the view again.
 */
import { Component, type ReactNode } from 'react';
import { LazyErrorPanel } from './LazyErrorPanel.tsx';

interface Props {
  /** When one of them changes, a failed view is drawn again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: unknown;
  failedKeys: readonly unknown[];
}

const sameKeys = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((key, i) => key === b[i]);

export class RenderErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failedKeys: [] };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === undefined) return { failedKeys: props.resetKeys };
    return sameKeys(props.resetKeys, state.failedKeys) ? null : { error: undefined, failedKeys: props.resetKeys };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <main>
        <LazyErrorPanel error={this.state.error} onRetry={() => this.setState({ error: undefined })} />
      </main>
    );
  }
}

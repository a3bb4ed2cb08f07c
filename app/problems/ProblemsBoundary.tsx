import { Component, type ReactNode } from 'react';

/** A failing problems panel (or its chunk failing to load) must not take the app down. */
export class ProblemsBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error) {
    console.error('The problems panel failed:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="editor-failed" role="alert">
        The problems list failed to load; the editor still marks every problem, and the design is
        safe.
      </p>
    );
  }
}

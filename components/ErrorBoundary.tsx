import { Component, type ReactNode } from 'react';
import { t } from '../lib/model/i18n';

/** Says plainly when the history cannot be opened (quota, an upgrade blocked by another tab); loses nothing. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <p role="alert" className="error" data-testid="gf-error">
          {t('loadError', this.state.error.message)}
        </p>
      );
    }
    return this.props.children;
  }
}

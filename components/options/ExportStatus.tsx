import type { Translate } from '../../lib/i18n/translate.ts';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'failed'; message: string };

/** A progress bar while an export is read, and why it failed if it did; nothing once the file is saved. */
export function ExportStatus({ t, state }: { t: Translate; state: ExportState }) {
  if (state.phase === 'running') {
    return (
      <div class="import-progress">
        <label for="export-progress">{t('exportProgress')}</label>
        <progress id="export-progress" max={Math.max(1, state.total)} value={state.done} />
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div class="notice error" role="alert" data-testid="export-error">
        <p>{t('exportFailed')}</p>
        <p dir="ltr">{state.message}</p>
      </div>
    );
  }
  return null;
}

import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';
import type { PackProblem } from '../../lib/knowledge/pack-error.ts';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; name: string; count: number }
  | { phase: 'failed'; problems: readonly PackProblem[]; total: number; message: string };

type Props = { t: Translate; state: ImportState; onFile: (file: File) => void };

/** Choose a pack file; shows a progress bar while it is imported and the problems if it is refused. */
export function ImportForm({ t, state, onFile }: Props) {
  const [inputKey, setInputKey] = useState(0);
  return (
    <section class="import" aria-labelledby="import-title">
      <h3 id="import-title">{t('importTitle')}</h3>
      <label for="import-file">{t('importChoose')}</label>
      <input
        key={inputKey}
        id="import-file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        disabled={state.phase === 'running'}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          // A fresh input lets the same file be chosen again after fixing it.
          setInputKey(inputKey + 1);
        }}
      />
      {state.phase === 'running' && (
        <div class="import-progress">
          <label for="import-progress">{t('importProgress')}</label>
          <progress id="import-progress" max={Math.max(1, state.total)} value={state.done} />
        </div>
      )}
      {state.phase === 'done' && (
        <p class="notice" role="status">
          {t('importDone', state.name, state.count)}
        </p>
      )}
      {state.phase === 'failed' && (
        <div class="notice error" role="alert" data-testid="import-error">
          <p>{t('importFailed')}</p>
          {state.problems.length > 0 ? (
            <ul class="problems">
              {state.problems.map((problem, i) => (
                <li key={i} dir="ltr">
                  <strong>{problem.where}</strong>: {problem.message}
                </li>
              ))}
            </ul>
          ) : (
            <p dir="ltr">{state.message}</p>
          )}
          {state.total > state.problems.length && (
            <p>{t('importProblemsMore', state.total - state.problems.length)}</p>
          )}
        </div>
      )}
    </section>
  );
}

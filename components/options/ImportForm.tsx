import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate.ts';
import { isolate } from '../../lib/i18n/translator.ts';
import type { RestoreResult } from '../../lib/knowledge/backup.ts';
import type { ImportResult } from '../../lib/knowledge/import.ts';
import type { PackProblem } from '../../lib/knowledge/pack-error.ts';
import { problemMessage, problemText } from './pack-problem-text.ts';

/** Skipped ids listed by name before the rest are only counted. */
const SKIPPED_SHOWN = 10;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'restored'; result: RestoreResult }
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
      {state.phase === 'done' && <ImportSummary t={t} result={state.result} />}
      {state.phase === 'restored' && (
        <p class="notice" role="status">
          {t('backupRestored', t('entityCount', state.result.entities), t('packCount', state.result.packs))}
        </p>
      )}
      {state.phase === 'failed' && (
        <div class="notice error" role="alert" data-testid="import-error">
          <p>{t('importFailed')}</p>
          {state.problems.length > 0 ? (
            <ul class="problems">
              {state.problems.map((problem, i) => {
                const { where, message } = problemText(problem, t);
                return (
                  <li key={i}>
                    <strong>{where}</strong>: {message}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>{problemMessage(state.message, t)}</p>
          )}
          {state.total > state.problems.length && (
            <p>{t('importProblemsMore', state.total - state.problems.length)}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** What an import changed, and what it left alone and why. */
function ImportSummary({ t, result }: { t: Translate; result: ImportResult }) {
  const { pack, skipped } = result;
  if (result.status === 'already-installed') {
    return (
      <p class="notice" role="status">
        {t('importAlready', isolate(pack.name), pack.version)}
      </p>
    );
  }
  if (result.status === 'cancelled') {
    return (
      <p class="notice" role="status">
        {t('importCancelled', isolate(pack.name))}
      </p>
    );
  }
  const shown = skipped.slice(0, SKIPPED_SHOWN).join(', ');
  const more =
    skipped.length > SKIPPED_SHOWN ? ` ${t('importProblemsMore', skipped.length - SKIPPED_SHOWN)}` : '';
  const skippedLine = skipped.length > 0 && (
    <p data-testid="import-skipped">
      {t('importSkipped', skipped.length)} <bdi dir="ltr">{shown}</bdi>
      {more}
    </p>
  );
  if (result.status === 'empty') {
    return (
      <div class="notice warning" role="status">
        <p>{t('importEmpty', isolate(pack.name))}</p>
        {skippedLine}
      </div>
    );
  }
  return (
    <div class={skipped.length > 0 ? 'notice warning' : 'notice'} role="status">
      <p>{t('importDone', isolate(pack.name), t('entityCount', pack.entityCount))}</p>
      <p>{t('importChanges', result.added, result.updated, result.removed)}</p>
      {result.keptUserEdits > 0 && <p>{t('importKeptEdits', result.keptUserEdits)}</p>}
      {skippedLine}
    </div>
  );
}

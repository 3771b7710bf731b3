import { useEffect, useRef, useState } from 'preact/hooks';
import type { SiyaqDB } from '../../lib/db/database.ts';
import { removedPacks } from '../../lib/db/meta.ts';
import {
  listPacks,
  type RemovedPack,
  RestoreRefused,
  removePack,
  restorePack,
  setPackEnabled,
} from '../../lib/db/packs.ts';
import type { StoredPack } from '../../lib/db/types.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { isolate } from '../../lib/i18n/translator.ts';
import { exportBackup } from '../../lib/knowledge/backup.ts';
import { type ExportFormat, exportAll, exportPack } from '../../lib/knowledge/export.ts';
import { importFile } from '../../lib/knowledge/import-file.ts';
import { LIMITS } from '../../lib/knowledge/limits.ts';
import { PackError } from '../../lib/knowledge/pack-error.ts';
import { tooLarge } from '../../lib/knowledge/read-pack.ts';
import { USER_PACK_ID } from '../../lib/knowledge/types.ts';
import { useLiveQuery, valueOr } from '../hooks/use-live-query.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { downloadText } from './download.ts';
import { type ExportState, ExportStatus } from './ExportStatus.tsx';
import { ImportForm, type ImportState } from './ImportForm.tsx';
import { PackList } from './PackList.tsx';
import { Toast, type ToastMessage } from './Toast.tsx';

type Props = {
  db: SiyaqDB;
  t: Translate;
  /** The bundled default pack, for putting it back after the user removed it. */
  readDefaultPack?: () => Promise<unknown>;
};

const DEFAULT_PACK_ID = 'default';
const readBundledPack = async () => (await fetch('/packs/default.json')).json();

/** Knowledge packs: list, switch on/off, remove, import JSON or CSV, export one or everything. */
export function PacksSection({ db, t, readDefaultPack = readBundledPack }: Props) {
  const packs = valueOr(
    useLiveQuery(() => listPacks(db), [db]),
    [],
  );
  const userCount = valueOr(
    useLiveQuery(() => db.entities.where('pack').equals(USER_PACK_ID).count(), [db]),
    0,
  );
  const defaultRemoved = valueOr(
    useLiveQuery(async () => (await removedPacks(db)).includes(DEFAULT_PACK_ID), [db]),
    false,
  );
  const [format, setFormat] = useState<ExportFormat>('json');
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [exporting, setExporting] = useState<ExportState>({ phase: 'idle' });
  const [removing, setRemoving] = useState<StoredPack | undefined>();
  const [toast, setToast] = useState<ToastMessage | undefined>();
  const dismissToast = () => setToast(undefined);
  const section = useRef<HTMLElement>(null);
  // Where focus goes once the list shows it: the confirm dialog and the Undo leave, and focus would fall
  // to <body>.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    const selector = focusNext.current;
    const target = selector && section.current?.querySelector<HTMLElement>(selector);
    if (!target) return;
    focusNext.current = undefined;
    target.focus();
  });
  // An import that would delete entities waits here for the reader's answer.
  const [confirming, setConfirming] = useState<
    { pack: StoredPack; count: number; answer: (go: boolean) => void } | undefined
  >();
  const confirmRemovals = (pack: StoredPack, count: number) =>
    new Promise<boolean>((resolve) =>
      setConfirming({
        pack,
        count,
        answer: (go) => {
          setConfirming(undefined);
          resolve(go);
        },
      }),
    );

  const download = async (packId: string | undefined) => {
    if (exporting.phase === 'running') return;
    // Everything as JSON is a backup: packs, on/off, owners and edits come back as they were.
    const backup = !packId && format === 'json';
    const options = {
      onProgress: (done: number, total: number) => setExporting({ phase: 'running', done, total }),
    };
    setExporting({ phase: 'running', done: 0, total: 1 });
    try {
      const text = backup
        ? await exportBackup(db, options)
        : packId
          ? await exportPack(db, packId, format, options)
          : await exportAll(db, format, options);
      const base =
        packId === USER_PACK_ID ? 'my-entities' : (packId ?? (backup ? 'siyaq-backup' : 'siyaq-export'));
      downloadText(`${base}.${format}`, text, format === 'json' ? 'application/json' : 'text/csv');
      setExporting({ phase: 'idle' });
    } catch (error) {
      setExporting({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const failed = (error: unknown) =>
    setToast({ text: t('packActionFailed', error instanceof Error ? error.message : String(error)) });
  const remove = async (pack: StoredPack) => {
    try {
      const { removed, snapshot } = await removePack(db, pack.id);
      focusNext.current = '.toast button';
      setToast({
        text: t('packRemoved', isolate(pack.name), t('entityCount', removed)),
        undo: snapshot && (() => void undoRemoval(snapshot)),
      });
    } catch (error) {
      failed(error);
    }
  };
  const undoRemoval = async (snapshot: RemovedPack) => {
    try {
      await restorePack(db, snapshot);
      focusNext.current = `[data-pack="${CSS.escape(snapshot.pack.id)}"] .danger`;
      setToast({ text: t('packRestored', isolate(snapshot.pack.name)) });
    } catch (error) {
      if (!(error instanceof RestoreRefused)) failed(error);
      else if (error.reason === 'reinstalled')
        setToast({ text: t('packRestoreReinstalled', isolate(snapshot.pack.name)) });
      else setToast({ text: t('packRestoreChanged', isolate(snapshot.pack.name)) });
    }
  };
  const importFrom = async (read: () => Promise<unknown>, fileName?: string) => {
    setState({ phase: 'running', done: 0, total: 1 });
    try {
      const outcome = await importFile(db, await read(), {
        fileName,
        confirmRemovals,
        onProgress: (done, total) => setState({ phase: 'running', done, total }),
      });
      if (outcome.kind === 'restored') setState({ phase: 'restored', result: outcome.result });
      else setState({ phase: 'done', result: outcome.result });
    } catch (error) {
      if (error instanceof PackError) {
        setState({ phase: 'failed', problems: error.problems, total: error.total, message: error.message });
      } else {
        const message = error instanceof Error ? error.message : String(error);
        setState({ phase: 'failed', problems: [], total: 0, message });
      }
    }
  };

  return (
    <section class="packs" aria-labelledby="packs-title" ref={section}>
      <h2 id="packs-title">{t('packsTitle')}</h2>
      <PackList
        t={t}
        packs={packs}
        userCount={userCount}
        onToggle={(pack, enabled) => void setPackEnabled(db, pack.id, enabled).catch(failed)}
        onExport={(id) => void download(id)}
        onRemove={setRemoving}
        exporting={exporting.phase === 'running'}
      />
      <div class="row">
        <span class="filter">
          <label for="export-format">{t('exportFormat')}</label>
          <select
            id="export-format"
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
          >
            <option value="json">JSON</option>
            <option value="csv">CSV</option>
          </select>
        </span>
        <button
          type="button"
          disabled={exporting.phase === 'running'}
          onClick={() => void download(undefined)}
        >
          {t('exportAll')}
        </button>
      </div>
      <ExportStatus t={t} state={exporting} />
      {defaultRemoved && (
        <p class="row">
          <button
            type="button"
            disabled={state.phase === 'running'}
            onClick={() => void importFrom(readDefaultPack)}
          >
            {t('packRestoreDefault')}
          </button>
        </p>
      )}
      <ImportForm
        t={t}
        state={state}
        onFile={(file) => void importFrom(() => readFileText(file), file.name)}
      />
      {confirming && (
        <ConfirmDialog
          t={t}
          title={t('importRemovesConfirm', isolate(confirming.pack.name), confirming.count)}
          confirmLabel={t('importRemovesAnyway')}
          onCancel={() => confirming.answer(false)}
          onConfirm={() => confirming.answer(true)}
        />
      )}
      {toast && <Toast t={t} toast={toast} onDismiss={dismissToast} />}
      {removing && (
        <ConfirmDialog
          t={t}
          title={t('packRemoveConfirm', isolate(removing.name), t('entityCount', removing.entityCount))}
          confirmLabel={t('packRemove')}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() => {
            const pack = removing;
            setRemoving(undefined);
            void remove(pack);
          }}
        />
      )}
    </section>
  );
}

/** The file's text, unless it is past the import limit: then that is the one problem (not read at all). */
async function readFileText(file: File): Promise<string> {
  if (file.size > LIMITS.fileBytes) throw tooLarge(file.size);
  return file.text();
}

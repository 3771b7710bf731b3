import type { MessageKey, Translate } from '../lib/i18n/translate.ts';
import type { TabReport } from '../lib/messages.ts';

type Props = { t: Translate; report?: TabReport; settled: boolean };

/** Why a page's list is empty: still loading, not Arabic, switched off, nothing known, or not a web page. */
export function PageStatusNotice({ t, report, settled }: Props) {
  const key = noticeKey(report, settled);
  if (!key) return null;
  return (
    <p class="notice" role="status" data-status={report?.status ?? 'none'}>
      {t(key)}
    </p>
  );
}

export function noticeKey(report: TabReport | undefined, settled: boolean): MessageKey | undefined {
  if (!settled) return 'loading';
  if (!report) return 'noTab';
  switch (report.status) {
    case 'loading':
      return report.entities.length > 0 ? undefined : 'statusLoading';
    case 'not-arabic':
      return 'statusNotArabic';
    case 'disabled':
      return 'statusDisabled';
    case 'unavailable':
      return 'statusUnavailable';
    case 'ready':
      return report.entities.length === 0 ? 'statusEmpty' : undefined;
  }
}

import type { MessageKey, Translate } from '../lib/i18n/translate.ts';
import { type SiteRules, siteOffReason } from '../lib/knowledge/site-rules.ts';
import type { TabReport } from '../lib/messages.ts';

type Props = { t: Translate; report?: TabReport; settled: boolean; siteRules?: SiteRules };

/** Why a page's list is empty: still loading, not Arabic, switched off, nothing known, or not a web page. */
export function PageStatusNotice({ t, report, settled, siteRules }: Props) {
  const key = noticeKey(report, settled, siteRules);
  if (!key) return null;
  return (
    <p class="notice" role="status" data-status={report?.status ?? 'none'}>
      {t(key)}
    </p>
  );
}

export function noticeKey(
  report: TabReport | undefined,
  settled: boolean,
  siteRules?: SiteRules,
): MessageKey | undefined {
  if (!settled) return 'loading';
  if (!report) return 'noTab';
  switch (report.status) {
    case 'loading':
      return report.entities.length > 0 ? undefined : 'statusLoading';
    case 'not-arabic':
      return 'statusNotArabic';
    case 'disabled':
      return disabledKey(report.url, siteRules);
    case 'unavailable':
      return 'statusUnavailable';
    case 'ready':
      return report.entities.length === 0 ? 'statusEmpty' : undefined;
  }
}

/**
 * Which list turned Siyaq off, so a reader who filled the allow list for one site is not puzzled on all
 * the others. The settings may have changed since the page reported (or not be read yet): then no reason.
 */
function disabledKey(url: string, siteRules: SiteRules | undefined): MessageKey {
  const reason = siteRules && siteOffReason(url, siteRules);
  if (reason === 'denied') return 'statusDisabledDenied';
  if (reason === 'not-allowed') return 'statusDisabledNotAllowed';
  return 'statusDisabled';
}

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeKey, PageStatusNotice } from '../../../components/PageStatusNotice.tsx';
import type { MessageKey } from '../../../lib/i18n/translate.ts';
import type { SiteRules } from '../../../lib/knowledge/site-rules.ts';
import type { TabReport } from '../../../lib/messages.ts';
import { ar, report, tabEntity } from './fixtures.ts';

afterEach(cleanup);

function createComponent(props: { report?: TabReport; settled?: boolean } = {}) {
  return render(<PageStatusNotice t={ar} report={props.report} settled={props.settled ?? true} />);
}

describe('PageStatusNotice', () => {
  it.each([
    ['not settled yet', undefined, false, 'loading'],
    ['no tab', undefined, true, 'noTab'],
    ['still loading, nothing found', report([], { status: 'loading' }), true, 'statusLoading'],
    ['still loading, some found', report([tabEntity()], { status: 'loading' }), true, undefined],
    ['not Arabic', report([], { status: 'not-arabic' }), true, 'statusNotArabic'],
    ['disabled site', report([], { status: 'disabled' }), true, 'statusDisabled'],
    ['not a web page', report([], { status: 'unavailable' }), true, 'statusUnavailable'],
    ['ready and empty', report([]), true, 'statusEmpty'],
    ['ready with entities', report([tabEntity()]), true, undefined],
  ] as const)('%s → %s', (_, tabReport, settled, key) => {
    expect(noticeKey(tabReport, settled)).toBe(key);
  });

  it.each([
    ['denied', { allow: [], deny: ['news.example'] }, 'statusDisabledDenied'],
    ['left out by an allow list', { allow: ['hespress.com'], deny: [] }, 'statusDisabledNotAllowed'],
    // the settings changed after the page reported: no reason to give
    ['allowed since', { allow: [], deny: [] }, 'statusDisabled'],
  ] satisfies Array<[string, SiteRules, MessageKey]>)(
    'a site switched off because it is %s → %s',
    (_, siteRules, key) => {
      expect(noticeKey(report([], { status: 'disabled' }), true, siteRules)).toBe(key);
    },
  );

  it('says in Arabic that an allow list keeps Siyaq off the site', () => {
    render(
      <PageStatusNotice
        t={ar}
        report={report([], { status: 'disabled' })}
        settled
        siteRules={{ allow: ['hespress.com'], deny: [] }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'سياق متوقف على هذا الموقع: فالإعدادات تقصره على قائمة مواقع ليس هذا الموقع منها.',
    );
  });

  it('announces the state in the interface language', () => {
    createComponent({ report: report([], { status: 'not-arabic' }) });
    expect(screen.getByRole('status').textContent).toBe('هذه الصفحة ليست عربية.');
  });
});

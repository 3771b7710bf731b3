// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeKey, PageStatusNotice } from '../../../components/PageStatusNotice.tsx';
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

  it('announces the state in the interface language', () => {
    createComponent({ report: report([], { status: 'not-arabic' }) });
    expect(screen.getByRole('status').textContent).toBe('هذه الصفحة ليست عربية.');
  });
});

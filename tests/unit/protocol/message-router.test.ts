import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../lib/message-router.ts';
import { backgroundSchemas, contentSchemas, envelope, panelSchemas, unwrap } from '../../../lib/messages.ts';

const ALL = { ...backgroundSchemas, ...contentSchemas, ...panelSchemas };

type Sender = { tab?: { id: number }; frameId?: number };

const SENDER: Sender = { tab: { id: 7 }, frameId: 0 };
const URL = 'https://www.hespress.com/article-1.html';

/** A router over `handlers` whose log lines are collected. */
function createTestRouter(handlers: Handlers<Sender>, strict = true) {
  const logs: string[] = [];
  const route = createRouter(handlers, { strict, log: (reason) => logs.push(reason), schemas: ALL });
  return { route, logs };
}

const scan = envelope('page/scan', {
  page: 'doc-1',
  blocks: [{ id: 1, text: 'المغرب والولايات المتحدة' }],
  reset: true,
  url: URL,
});

describe('createRouter', () => {
  it.each([
    ['null', null],
    ['a string', 'page/scan'],
    ['a message of another extension', { type: 'page/scan', data: {} }],
    ['a wrong protocol version', { siyaq: 2, type: 'page/scan', data: {} }],
    ['a type that is not a string', { siyaq: 1, type: 42, data: {} }],
  ])('ignores %s', (_, message) => {
    const handler = vi.fn();
    const { route } = createTestRouter({ 'page/scan': handler });
    expect(route(message, SENDER)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    [true, ['rejected a message that is not a Siyaq envelope']],
    [false, []],
  ])('logs a non-envelope only when strict (%s)', (strict, logs) => {
    const router = createTestRouter({}, strict);
    router.route({ hello: 'world' }, SENDER);
    expect(router.logs).toEqual(logs);
  });

  it('refuses a type its receiver has no schema for, even with a handler (schemas are per receiver)', async () => {
    const handler = vi.fn(() => null);
    const route = createRouter<Sender>(
      { 'card/enrich': handler },
      { strict: true, schemas: contentSchemas, log: () => {} },
    );
    const reply = await route(envelope('card/enrich', { id: 'morocco' }), SENDER);
    expect(reply).toEqual({ ok: false, error: 'malformed card/enrich: no schema' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers an unknown type with an error when strict', async () => {
    const { route, logs } = createTestRouter({});
    expect(await route({ siyaq: 1, type: 'page/explode', data: {} }, SENDER)).toEqual({
      ok: false,
      error: 'unknown message type',
    });
    expect(logs).toEqual(['rejected unknown message type "page/explode"']);
  });

  it('leaves an unknown type to another listener when not strict', () => {
    const { route, logs } = createTestRouter({ 'content/reveal': vi.fn() }, false);
    expect([route(scan, SENDER), logs]).toEqual([undefined, []]);
  });

  it.each([
    ['a missing field', { siyaq: 1, type: 'page/scan', data: { blocks: [], url: URL } }],
    [
      'a block id that is not an integer',
      { siyaq: 1, type: 'page/scan', data: { blocks: [{ id: 1.5, text: 'الرباط' }], reset: true, url: URL } },
    ],
    [
      'a text that is not a string',
      { siyaq: 1, type: 'page/scan', data: { blocks: [{ id: 1, text: 42 }], reset: true, url: URL } },
    ],
    ['no data at all', { siyaq: 1, type: 'page/scan' }],
  ])('rejects malformed data (%s) without calling the handler', async (_, message) => {
    const handler = vi.fn();
    const { route, logs } = createTestRouter({ 'page/scan': handler });
    const reply = await route(message, SENDER);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^malformed page\/scan: .+/) });
    expect(handler).not.toHaveBeenCalled();
    expect(logs).toEqual([expect.stringMatching(/^rejected malformed "page\/scan": .+/)]);
  });

  it.each([
    ['a negative tab id', envelope('tab/report', { tabId: -1 })],
    ['an empty entity id', envelope('card/get', { id: '' })],
    ['a status that does not exist', { siyaq: 1, type: 'page/status', data: { status: 'done', url: URL } }],
  ])('rejects %s', async (_, message) => {
    const handler = vi.fn();
    const { route } = createTestRouter({
      'tab/report': handler,
      'card/get': handler,
      'page/status': handler,
    });
    expect(await route(message, SENDER)).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('calls the handler with the checked data and the sender, and wraps its value', async () => {
    const handler = vi.fn(async () => ({
      mentions: [{ block: 1, start: 0, end: 6, entity: 'morocco' }],
      entities: [],
    }));
    const { route } = createTestRouter({ 'page/scan': handler });
    expect(await route(scan, SENDER)).toEqual({
      ok: true,
      value: { mentions: [{ block: 1, start: 0, end: 6, entity: 'morocco' }], entities: [] },
    });
    expect(handler).toHaveBeenCalledWith(scan.data, SENDER);
  });

  it('drops fields the protocol does not know before the handler sees them', async () => {
    const handler = vi.fn(() => null);
    const { route } = createTestRouter({ 'card/get': handler });
    await route({ siyaq: 1, type: 'card/get', data: { id: 'morocco', extra: '<script>' } }, SENDER);
    expect(handler).toHaveBeenCalledWith({ id: 'morocco' }, SENDER);
  });

  it.each([
    ['null', () => null],
    ['undefined', () => undefined],
  ])('turns a handler value of %s into ok with value null', async (_, handler) => {
    const { route } = createTestRouter({ 'page/forget': handler as () => null });
    expect(await route(envelope('page/forget', { page: 'doc-1', blocks: [1, 2] }), SENDER)).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('database closed');
      },
    ],
    ['rejects', () => Promise.reject(new Error('database closed'))],
  ])('answers with the error when the handler %s', async (_, handler) => {
    const { route, logs } = createTestRouter({ 'card/get': handler });
    expect(await route(envelope('card/get', { id: 'morocco' }), SENDER)).toEqual({
      ok: false,
      error: 'database closed',
    });
    expect(logs).toEqual(['"card/get" failed: database closed']);
  });

  it('answers with the text of a thrown non-Error', async () => {
    const { route } = createTestRouter({
      'card/get': () => {
        throw 'quota exceeded';
      },
    });
    expect(await route(envelope('card/get', { id: 'morocco' }), SENDER)).toEqual({
      ok: false,
      error: 'quota exceeded',
    });
  });
});

describe('unwrap', () => {
  it.each([
    [{ ok: true, value: { tabId: 7 } }, { tabId: 7 }],
    [{ ok: true, value: null }, null],
    [{ ok: true, value: false }, false],
  ])('gives the value of %o', (reply, value) => {
    expect(unwrap(reply, 'tab/report')).toEqual(value);
  });

  it.each([
    [{ ok: false, error: 'unknown message type' }, 'siyaq: tab/report failed: unknown message type'],
    [undefined, 'siyaq: no reply to tab/report'],
    [null, 'siyaq: no reply to tab/report'],
    ['ok', 'siyaq: no reply to tab/report'],
    [{ value: 1 }, 'siyaq: no reply to tab/report'],
  ])('throws for %o', (reply, message) => {
    expect(() => unwrap(reply, 'tab/report')).toThrow(message);
  });
});

describe('envelope', () => {
  it('wraps a request in the protocol’s envelope', () => {
    expect(envelope('tab/report', { tabId: 7 })).toEqual({
      siyaq: 1,
      type: 'tab/report',
      data: { tabId: 7 },
    });
  });
});

describe('createRouter with a ready promise', () => {
  it('holds every message until the state it needs is restored', async () => {
    let restore!: () => void;
    const ready = new Promise<void>((resolve) => {
      restore = resolve;
    });
    const calls: string[] = [];
    const route = createRouter<Sender>(
      {
        'tab/report': ({ tabId }) => {
          calls.push(`report ${tabId}`);
          return { tabId, url: '', status: 'ready', entities: [] };
        },
      },
      { strict: true, ready, schemas: ALL },
    );
    const reply = route(envelope('tab/report', { tabId: 7 }), SENDER);
    await Promise.resolve();
    calls.push('restored');
    restore();
    expect(unwrap(await reply!, 'tab/report')).toMatchObject({ tabId: 7, status: 'ready' });
    expect(calls).toEqual(['restored', 'report 7']);
  });
});

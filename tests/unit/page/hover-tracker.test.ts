import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverTracker } from '../../../lib/page/hover-tracker.ts';
import type { PageIndex, PageMention } from '../../../lib/page/page-index.ts';

const mention = (entity: string): PageMention => ({
  block: 0,
  start: 0,
  end: 5,
  entity,
  type: 'place',
  range: {} as Range,
});
const MOROCCO = mention('morocco');
const RABAT = mention('rabat');

/** A window whose animation frames run only when the test says so. */
function fakeWindow() {
  let frames: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    cancelAnimationFrame: () => {
      frames = [];
    },
  };
  const endFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(0);
  };
  return { win: win as unknown as Window, endFrame };
}

const move = (x: number) => ({ clientX: x, clientY: 0 }) as PointerEvent;

/** A tracker over a line where x < 100 is Morocco, 100 ≤ x < 200 Rabat, the rest plain text. */
function setup(delayMs: number) {
  const { win, endFrame } = fakeWindow();
  const calls: string[] = [];
  const tracker = new HoverTracker(
    win,
    {} as PageIndex,
    () => [],
    {
      open: (m) => calls.push(`open ${m.entity}`),
      prefetch: (m) => calls.push(`prefetch ${m.entity}`),
      leave: () => calls.push('leave'),
    },
    { delayMs, modifier: 'none' },
  );
  const lookups: number[] = [];
  tracker.mentionAtPoint = (x: number) => {
    lookups.push(x);
    return x < 100 ? MOROCCO : x < 200 ? RABAT : null;
  };
  return { tracker, endFrame, calls, lookups };
}

describe('HoverTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('looks up the first move at once and the rest of its frame once, at the latest position', () => {
    const { tracker, endFrame, lookups } = setup(250);
    tracker.onPointerMove(move(10));
    expect(lookups).toEqual([10]);
    tracker.onPointerMove(move(20));
    tracker.onPointerMove(move(150));
    expect(lookups).toEqual([10]);
    endFrame();
    expect(lookups).toEqual([10, 150]);
    // A frame without moves ends the throttle: the next move is looked up at once again.
    endFrame();
    tracker.onPointerMove(move(30));
    expect(lookups).toEqual([10, 150, 30]);
  });

  it('without a delay, fetches and opens the card on the move that reaches a name', () => {
    const { tracker, calls } = setup(0);
    tracker.onPointerMove(move(10));
    expect(calls).toEqual(['prefetch morocco', 'open morocco']);
  });

  it('with a delay, fetches at once and opens only if the pointer stays', () => {
    const { tracker, endFrame, calls } = setup(250);
    tracker.onPointerMove(move(10));
    expect(calls).toEqual(['prefetch morocco']);
    vi.advanceTimersByTime(249);
    expect(calls).toEqual(['prefetch morocco']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['prefetch morocco', 'open morocco']);

    endFrame();
    tracker.onPointerMove(move(150));
    endFrame();
    endFrame();
    tracker.onPointerMove(move(300));
    vi.advanceTimersByTime(1_000);
    // Rabat was left before its delay ran out: fetched, never opened.
    expect(calls).toEqual(['prefetch morocco', 'open morocco', 'prefetch rabat', 'leave']);
  });

  it('stays quiet while the pointer moves within the same name', () => {
    const { tracker, endFrame, calls } = setup(0);
    tracker.onPointerMove(move(10));
    endFrame();
    tracker.onPointerMove(move(60));
    endFrame();
    endFrame();
    tracker.onPointerMove(move(90));
    expect(calls).toEqual(['prefetch morocco', 'open morocco']);
  });

  it('cancels a pending open when disposed', () => {
    const { tracker, calls } = setup(250);
    tracker.onPointerMove(move(10));
    tracker.dispose();
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['prefetch morocco']);
  });
});

import { browser } from 'wxt/browser';
import { envelope, type MessageType, type Req, type Res, unwrap } from '../messages.ts';

/** Sends a protocol message to the background (or, for broadcasts, to every extension page). */
export async function send<K extends MessageType>(type: K, data: Req<K>): Promise<Res<K>> {
  const reply: unknown = await browser.runtime.sendMessage(envelope(type, data));
  return unwrap<Res<K>>(reply, type);
}

/**
 * Sends a protocol message to the content script of one tab: its top frame unless frameId is given, every
 * frame for frameId 'all' (the first reply wins).
 */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: Req<K>,
  frameId: number | 'all' = 0,
): Promise<Res<K>> {
  const options = frameId === 'all' ? {} : { frameId };
  const reply: unknown = await browser.tabs.sendMessage(tabId, envelope(type, data), options);
  return unwrap<Res<K>>(reply, type);
}

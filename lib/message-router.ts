import * as v from 'valibot';
import type { MessageType, Reply, Req, Res } from './messages.ts';

export type Handlers<S> = { [K in MessageType]?: (data: Req<K>, sender: S) => Res<K> | Promise<Res<K>> };

interface RouterOptions {
  /** Answer unknown types with an error (the background); pages stay silent so the owner can answer. */
  strict: boolean;
  log?: (reason: string) => void;
  /** Handlers run once this settles (state restored after a service worker restart). */
  ready?: Promise<unknown>;
  /** The checks of the messages this receiver handles (messages.ts); a type without one is refused. */
  schemas: { [K in MessageType]?: v.GenericSchema<unknown, Req<K>> };
}

/**
 * Builds a runtime.onMessage listener: checks the envelope and the data against the protocol, calls the
 * handler, and wraps the outcome in a Reply so a failing handler never crashes the receiver.
 */
export function createRouter<S>(handlers: Handlers<S>, options: RouterOptions) {
  const log = options.log ?? ((reason: string) => console.warn(`siyaq: ${reason}`));
  return (message: unknown, sender: S): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) {
      if (options.strict) log('rejected a message that is not a Siyaq envelope');
      return undefined;
    }
    const type = message.type as MessageType;
    const handler = handlers[type] as ((data: unknown, sender: S) => unknown) | undefined;
    if (!handler) {
      if (!options.strict) return undefined;
      log(`rejected unknown message type "${String(message.type)}"`);
      return Promise.resolve({ ok: false, error: 'unknown message type' });
    }
    const schema = options.schemas[type] as v.GenericSchema | undefined;
    const parsed = schema ? v.safeParse(schema, message.data) : undefined;
    if (!parsed?.success) {
      const reason = parsed?.issues[0]?.message ?? 'no schema';
      log(`rejected malformed "${type}": ${reason}`);
      return Promise.resolve({ ok: false, error: `malformed ${type}: ${reason}` });
    }
    return (options.ready ?? Promise.resolve())
      .then(() => handler(parsed.output, sender))
      .then(
        (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
        (error: unknown): Reply<unknown> => {
          const text = error instanceof Error ? error.message : String(error);
          log(`"${type}" failed: ${text}`);
          return { ok: false, error: text };
        },
      );
  };
}

function isEnvelope(message: unknown): message is { siyaq: 1; type: string; data: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { siyaq?: unknown }).siyaq === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

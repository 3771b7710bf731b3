/** What the page lifecycle needs from the content script: the browser and the page app, passed in. */
export interface LifecycleHost<Config extends { enabled: boolean }, App extends { dispose(): void }> {
  config(url: string): Promise<Config>;
  report(status: 'disabled' | 'not-arabic', url: string): Promise<unknown>;
  isArabic(): boolean;
  /** Watches a page that is not Arabic yet; returns a function that stops watching. */
  watchForArabic(onArabic: () => void): () => void;
  start(config: Config): App;
  /** The content script is gone (an extension update): nothing more may start. */
  isInvalid(): boolean;
  url(): string;
}

export interface PageLifecycle<App> {
  /** Settles once the latest requested apply has run. */
  readonly settled: Promise<void>;
  /** The running app, if the page is Arabic and Siyaq is on for it. */
  readonly app: App | null;
  /** Settings may have changed: starts, restarts or stops the app if the config in force changed. */
  settingsChanged(): void;
  dispose(): void;
}

/**
 * Decides, for the config in force, whether the page app runs. Applies run one at a time, in order, so two
 * quick saves end with the later settings.
 */
export function pageLifecycle<Config extends { enabled: boolean }, App extends { dispose(): void }>(
  host: LifecycleHost<Config, App>,
): PageLifecycle<App> {
  let app: App | null = null;
  let applied = '';
  let stopWatching = () => {};
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (again: boolean) => {
    queue = queue.catch(() => {}).then(() => apply(again));
  };

  async function apply(again: boolean) {
    const url = host.url();
    const config = await host.config(url);
    const key = JSON.stringify(config);
    if ((key === applied && !again) || host.isInvalid()) return;
    applied = key;
    stopWatching();
    stopWatching = () => {};
    app?.dispose();
    app = null;
    if (!config.enabled) await host.report('disabled', url);
    else if (host.isArabic()) app = host.start(config);
    else {
      // Watch before reporting: an app shell that renders its story while the report is in flight must
      // not be missed.
      stopWatching = host.watchForArabic(() => enqueue(true));
      await host.report('not-arabic', url);
    }
  }

  enqueue(false);
  return {
    get settled() {
      return queue;
    },
    get app() {
      return app;
    },
    settingsChanged: () => enqueue(false),
    dispose: () => stopWatching(),
  };
}

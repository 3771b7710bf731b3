// Code passed to page.evaluate() in extension pages runs with Chromium's `chrome` API, whose shape for our
// purposes is the promise-based browser API WXT types.
declare const chrome: typeof import('wxt/browser').browser;

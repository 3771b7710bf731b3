import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { WIKIPEDIA_ORIGINS } from './lib/knowledge/wiki-summary.ts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: 'Siyaq',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Online enrichment (off by default) asks for these when the reader turns it on. MV2 (Firefox's
    // default build) has no optional_host_permissions: there origins are optional permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...WIKIPEDIA_ORIGINS] }
      : { optional_permissions: [...WIKIPEDIA_ORIGINS] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'siyaq@siyaq.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

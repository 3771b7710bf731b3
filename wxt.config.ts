import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Siyaq',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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

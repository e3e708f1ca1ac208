import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/model/platforms';
import { HINT_COMMAND, HINT_COMMAND_KEY } from './lib/model/shortcut';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: history and settings. scripting + the supported sites: attach to tabs already open when Give First
    // is installed or updated. Optional hosts: only Mastodon servers the person adds, asked one origin at a time.
    permissions: ['storage', 'scripting'],
    host_permissions: SITE_MATCHES,
    optional_host_permissions: ['https://*/*'],
    // Opens the hint card from the editor; people rebind it in the browser's shortcut settings.
    commands: {
      [HINT_COMMAND]: { suggested_key: { default: HINT_COMMAND_KEY }, description: '__MSG_commandOpenHint__' },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions; origins go in optional_permissions.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'give-first@give-first.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

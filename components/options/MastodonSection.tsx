import { useState } from 'react';
import { t } from '../../lib/model/i18n';
import { BUILT_IN_INSTANCES, forgetInstance, instanceHost, requestInstance } from '../../lib/background/mastodon-instances';
import { useSettings } from '../../lib/storage/settings-store';

export function MastodonSection() {
  const { settings, update } = useSettings();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const add = async () => {
    const host = instanceHost(input);
    if (!host) return setMessage(t('mastodonInvalid'));
    if (BUILT_IN_INSTANCES.includes(host) || settings.mastodonInstances.includes(host)) return setInput('');
    // The permission prompt must come straight from this click.
    const granted = await requestInstance(host).catch(() => false);
    if (!granted) return setMessage(t('mastodonDenied', host));
    setMessage('');
    setInput('');
    await update({ mastodonInstances: [...settings.mastodonInstances, host] });
  };
  const remove = async (host: string) => {
    await update({ mastodonInstances: settings.mastodonInstances.filter((h) => h !== host) });
    await forgetInstance(host);
  };
  return (
    <div className="subsection" role="group" aria-labelledby="mastodon-title">
      <h3 id="mastodon-title">{t('mastodonTitle')}</h3>
      <p className="muted small">{t('mastodonHelp')}</p>
      <ul className="plain">
        {settings.mastodonInstances.map((host) => (
          <li key={host}>
            <span>{host}</span>
            <button type="button" aria-label={t('mastodonRemove', host)} onClick={() => void remove(host)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row start"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          type="text"
          aria-label={t('mastodonTitle')}
          placeholder="fosstodon.org"
          value={input}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit">{t('mastodonAdd')}</button>
      </form>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </div>
  );
}

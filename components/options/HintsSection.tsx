import { FAMILIES, RULES, type Family, type Sensitivity } from '../../lib/checker';
import { ruleKeyBase, t, type MessageKey } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';

const SENSITIVITIES: { id: Sensitivity; label: MessageKey; help: MessageKey; example: MessageKey }[] = [
  { id: 'gentle', label: 'sensitivityGentle', help: 'sensitivityGentleHelp', example: 'sensitivityGentleExample' },
  { id: 'normal', label: 'sensitivityNormal', help: 'sensitivityNormalHelp', example: 'sensitivityNormalExample' },
  { id: 'strict', label: 'sensitivityStrict', help: 'sensitivityStrictHelp', example: 'sensitivityStrictExample' },
];
const FAMILY_TEXT: Record<Family, { title: MessageKey; help: MessageKey }> = {
  'self-promotion': { title: 'familySelfPromotion', help: 'familySelfPromotionHelp' },
  repetition: { title: 'familyRepetition', help: 'familyRepetitionHelp' },
  'missing-value': { title: 'familyMissingValue', help: 'familyMissingValueHelp' },
};

/** The catalog key of one of a rule's texts ("call-to-action", "Title" → "ruleCallToActionTitle"). */
export function ruleKey(rule: string, part: 'Title' | 'Why' | 'Example'): MessageKey {
  return `${ruleKeyBase(rule)}${part}` as MessageKey;
}

export function SensitivitySection() {
  const { settings, update } = useSettings();
  return (
    <section className="card" aria-labelledby="sens-title">
      <h2 id="sens-title">{t('sensitivityTitle')}</h2>
      <p className="section-help">{t('sensitivityHelp')}</p>
      <fieldset className="choices" data-testid="gf-sensitivity">
        <legend className="sr-only">{t('sensitivityTitle')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s.id} className="choice">
            <input
              type="radio"
              name="sensitivity"
              value={s.id}
              data-testid={`gf-sensitivity-${s.id}`}
              checked={settings.sensitivity === s.id}
              onChange={() => void update({ sensitivity: s.id })}
            />
            <span>
              <strong>{t(s.label)}</strong>
              <span className="block">{t(s.help)}</span>
              <span className="muted block example">{t(s.example)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** Every hint, grouped by family, each with what it looks for, why, and an example, in the UI language. */
export function RulesSection() {
  const { settings, update } = useSettings();
  const muted = new Set(settings.muted);
  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <p className="section-help">{t('rulesHelp')}</p>
      {FAMILIES.map((family) => {
        const rules = RULES.filter((r) => r.meta.family === family);
        const on = rules.filter((r) => !muted.has(r.meta.id)).length;
        return (
          <details key={family} className="family" data-testid={`gf-family-${family}`} open={family === 'self-promotion'}>
            <summary>
              <strong>{t(FAMILY_TEXT[family].title)}</strong> <span className="muted">{t('rulesOn', on, rules.length)}</span>
              <span className="muted block">{t(FAMILY_TEXT[family].help)}</span>
            </summary>
            {rules.map((r) => (
              <label key={r.meta.id} className="choice">
                <input
                  type="checkbox"
                  data-testid={`gf-rule-${r.meta.id}`}
                  checked={!muted.has(r.meta.id)}
                  onChange={(e) =>
                    void update({
                      muted: e.target.checked ? settings.muted.filter((m) => m !== r.meta.id) : [...settings.muted, r.meta.id],
                    })
                  }
                />
                <span>
                  <strong>{t(ruleKey(r.meta.id, 'Title'))}</strong>
                  <span className="block">{t(ruleKey(r.meta.id, 'Why'))}</span>
                  <span className="muted block example">{t('ruleExample', t(ruleKey(r.meta.id, 'Example')))}</span>
                </span>
              </label>
            ))}
          </details>
        );
      })}
    </section>
  );
}

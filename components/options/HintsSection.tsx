import { FAMILIES, RULES, type Family, type Sensitivity } from '../../lib/checker';
import { ruleKeyBase, t, type MessageKey } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';
import { Choices, Section, Toggle } from './form';

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
  const choices = SENSITIVITIES.map((s) => ({
    id: s.id,
    text: (
      <>
        <strong>{t(s.label)}</strong>
        <span className="block">{t(s.help)}</span>
        <span className="muted block example">{t(s.example)}</span>
      </>
    ),
  }));
  return (
    <Section id="sens" title="sensitivityTitle" help="sensitivityHelp">
      <Choices name="sensitivity" legend={t('sensitivityTitle')} checked={settings.sensitivity} choices={choices} onChoose={(id) => void update({ sensitivity: id })} />
    </Section>
  );
}

/** Every hint, grouped by family, each with what it looks for, why, and an example, in the UI language. */
export function RulesSection() {
  const { settings, update } = useSettings();
  const muted = new Set(settings.muted);
  return (
    <Section id="rules" title="rulesTitle" help="rulesHelp">
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
              <Toggle
                key={r.meta.id}
                testId={`gf-rule-${r.meta.id}`}
                checked={!muted.has(r.meta.id)}
                onChange={(on) => void update({ muted: on ? settings.muted.filter((m) => m !== r.meta.id) : [...settings.muted, r.meta.id] })}
              >
                <strong>{t(ruleKey(r.meta.id, 'Title'))}</strong>
                <span className="block">{t(ruleKey(r.meta.id, 'Why'))}</span>
                <span className="muted block example">{t('ruleExample', t(ruleKey(r.meta.id, 'Example')))}</span>
              </Toggle>
            ))}
          </details>
        );
      })}
    </Section>
  );
}

import { useState } from 'react';
import { GOAL_PRESETS, presetOf } from '../../lib/stats/goals';
import { t } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';
import { Choices, NumberField, Section, type Choice } from './form';

const CUSTOM = 'custom';

/** A preset, or a custom share of promotional posts; the custom field shows only when custom is chosen. */
export function GoalSection() {
  const { settings, update } = useSettings();
  const goal = settings.goal;
  const preset = presetOf(goal);
  const [customChosen, setCustomChosen] = useState(false);
  const custom = !preset || customChosen;
  const choices: Choice<string>[] = [
    ...GOAL_PRESETS.map((p) => ({ id: p.id, text: <ChoiceText title={p.label()} help={p.example()} /> })),
    { id: CUSTOM, text: <ChoiceText title={t('goalCustom')} help={t('goalCustomHelp')} /> },
  ];
  const choose = (id: string) => {
    const chosen = GOAL_PRESETS.find((p) => p.id === id);
    setCustomChosen(!chosen);
    if (chosen) void update({ goal: { ...goal, maxPromoShare: chosen.maxPromoShare } });
  };
  return (
    <Section id="goal" title="goalTitle" help="goalHelp">
      <Choices name="goal" legend={t('goalTitle')} checked={custom ? CUSTOM : (preset?.id ?? null)} choices={choices} onChoose={choose} />
      {custom && (
        <NumberField
          label={t('goalMaxShare')}
          testId="gf-goal-share"
          value={Math.round(goal.maxPromoShare * 100)}
          onChange={(n) => void update({ goal: { ...goal, maxPromoShare: n / 100 } })}
        />
      )}
      <h3>{t('goalWeeklyTitle')}</h3>
      <p className="section-help">{t('goalWeeklyHelp')}</p>
      <NumberField label={t('goalMinGives')} testId="gf-goal-gives" value={goal.minGivesPerWeek} onChange={(n) => void update({ goal: { ...goal, minGivesPerWeek: n } })} />
      <NumberField label={t('goalThanks')} testId="gf-goal-thanks" value={goal.thanksPerWeek} onChange={(n) => void update({ goal: { ...goal, thanksPerWeek: n } })} />
    </Section>
  );
}

function ChoiceText(props: { title: string; help: string }) {
  return (
    <>
      <strong>{props.title}</strong>
      <span className="muted block">{props.help}</span>
    </>
  );
}

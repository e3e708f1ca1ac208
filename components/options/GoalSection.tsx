import { useState } from 'react';
import { GOAL_PRESETS, presetOf } from '../../lib/stats/goals';
import { t } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo);

/** A preset, or a custom share of promotional posts; the custom field shows only when custom is chosen. */
export function GoalSection() {
  const { settings, update } = useSettings();
  const goal = settings.goal;
  const preset = presetOf(goal);
  const [customChosen, setCustomChosen] = useState(false);
  const custom = !preset || customChosen;
  return (
    <section className="card" aria-labelledby="goal-title">
      <h2 id="goal-title">{t('goalTitle')}</h2>
      <p className="section-help">{t('goalHelp')}</p>
      <fieldset className="choices" data-testid="gf-goal">
        <legend className="sr-only">{t('goalTitle')}</legend>
        {GOAL_PRESETS.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="radio"
              name="goal"
              value={p.id}
              data-testid={`gf-goal-${p.id}`}
              checked={!custom && preset?.id === p.id}
              onChange={() => {
                setCustomChosen(false);
                void update({ goal: { ...goal, maxPromoShare: p.maxPromoShare } });
              }}
            />
            <span>
              <strong>{p.label()}</strong>
              <span className="muted block">{p.example()}</span>
            </span>
          </label>
        ))}
        <label className="choice">
          <input type="radio" name="goal" value="custom" data-testid="gf-goal-custom" checked={custom} onChange={() => setCustomChosen(true)} />
          <span>
            <strong>{t('goalCustom')}</strong>
            <span className="muted block">{t('goalCustomHelp')}</span>
          </span>
        </label>
      </fieldset>
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
      <NumberField
        label={t('goalMinGives')}
        testId="gf-goal-gives"
        value={goal.minGivesPerWeek}
        onChange={(n) => void update({ goal: { ...goal, minGivesPerWeek: n } })}
      />
      <NumberField
        label={t('goalThanks')}
        testId="gf-goal-thanks"
        value={goal.thanksPerWeek}
        onChange={(n) => void update({ goal: { ...goal, thanksPerWeek: n } })}
      />
    </section>
  );
}

/** A whole number from 0 to 100; anything else typed is clamped into that range. */
function NumberField(props: { label: string; testId: string; value: number; onChange: (n: number) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        max={100}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(clamp(Number(e.target.value), 0, 100))}
      />
    </label>
  );
}

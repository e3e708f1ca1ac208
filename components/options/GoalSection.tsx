import { GOAL_PRESETS } from '../../lib/stats/goals';
import { t } from '../../lib/model/i18n';
import { useSettings } from '../../lib/storage/settings-store';

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo);

export function GoalSection() {
  const { settings, update } = useSettings();
  const goal = settings.goal;
  const preset = GOAL_PRESETS.find((p) => Math.abs(p.maxPromoShare - goal.maxPromoShare) < 1e-6);
  return (
    <section aria-labelledby="goal-title">
      <h2 id="goal-title">{t('goalTitle')}</h2>
      <p className="muted">{t('goalHelp')}</p>
      <div role="radiogroup" aria-labelledby="goal-title" data-testid="gf-goal">
        {GOAL_PRESETS.map((p) => (
          <label key={p.id}>
            <input
              type="radio"
              name="goal"
              value={p.id}
              checked={preset?.id === p.id}
              onChange={() => void update({ goal: { ...goal, maxPromoShare: p.maxPromoShare } })}
            />{' '}
            {p.label()}
          </label>
        ))}
        <label>
          <input type="radio" name="goal" value="custom" checked={!preset} readOnly onChange={() => undefined} /> {t('goalCustom')}
        </label>
      </div>
      <NumberField
        label={t('goalMaxShare')}
        testId="gf-goal-share"
        value={Math.round(goal.maxPromoShare * 100)}
        onChange={(n) => void update({ goal: { ...goal, maxPromoShare: n / 100 } })}
      />
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
    <label>
      {props.label}{' '}
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

// The options page's building blocks: a titled card, a group of radio choices, a checkbox, a number and a
// comma-separated list. Each section composes these, so adding one setting is one element in one section.
import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../lib/model/i18n';

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo);
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** A card with its heading (`${id}-title`, which labels the section) and a line of help under it. */
export function Section(props: { id: string; title: MessageKey; help: MessageKey; className?: string; children: ReactNode }) {
  const titleId = `${props.id}-title`;
  return (
    <section className={props.className ? `card ${props.className}` : 'card'} aria-labelledby={titleId}>
      <h2 id={titleId}>{t(props.title)}</h2>
      <p className="section-help">{t(props.help)}</p>
      {props.children}
    </section>
  );
}

export interface Choice<Id extends string> {
  id: Id;
  /** What the choice shows beside its radio button (a title, a line of help, an example). */
  text: ReactNode;
}

/** One radio button per choice, named `name`, each tested as `gf-${name}-${id}`. */
export function Choices<Id extends string>(props: { name: string; legend: string; checked: Id | null; choices: Choice<Id>[]; onChoose: (id: Id) => void }) {
  return (
    <fieldset className="choices" data-testid={`gf-${props.name}`}>
      <legend className="sr-only">{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.id} className="choice">
          <input type="radio" name={props.name} value={c.id} data-testid={`gf-${props.name}-${c.id}`} checked={props.checked === c.id} onChange={() => props.onChoose(c.id)} />
          <span>{c.text}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A checkbox with its label; `testId` is omitted where no test needs to find it. */
export function Toggle(props: { testId?: string; checked: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="choice">
      <input type="checkbox" data-testid={props.testId} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.children}</span>
    </label>
  );
}

/** A whole number from 0 to 100; anything else typed is clamped into that range. */
export function NumberField(props: { label: string; testId: string; value: number; onChange: (n: number) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input type="number" min={0} max={100} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(clamp(Number(e.target.value), 0, 100))} />
    </label>
  );
}

/** A comma-separated list, saved when the field loses focus (not on every keystroke). */
export function ListField(props: { label: string; placeholder: string; value: string[]; onChange: (items: string[]) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input type="text" placeholder={props.placeholder} defaultValue={props.value.join(', ')} onBlur={(e) => props.onChange(list(e.target.value))} />
    </label>
  );
}

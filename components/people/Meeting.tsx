import { useMemo, useState } from 'react';
import { t } from '../../lib/model/i18n';
import { slotChoices, type MeetingSuggestion } from '../../lib/stats/people-insights';
import { invitationText, meetingText, slotText } from '../../lib/stats/people-text';

/** Offer this many days of slots; the person picks two or three. */
const SLOT_DAYS = 3;

interface Props {
  meeting: MeetingSuggestion;
  now: number;
  locale: string;
  onDismiss(): void;
}

/** A call or coffee with someone often talked with: pick times, copy the invitation, send it yourself. */
export function Meeting({ meeting, now, locale, onDismiss }: Props) {
  const slots = useMemo(() => slotChoices(now, SLOT_DAYS), [now]);
  const [picked, setPicked] = useState<number[]>([]);
  const [status, setStatus] = useState('');
  const text = picked.length ? invitationText(meeting.name, [...picked].sort((a, b) => a - b), locale) : '';
  const toggle = (slot: number) => {
    setStatus('');
    setPicked((p) => (p.includes(slot) ? p.filter((s) => s !== slot) : [...p, slot]));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('peopleCopied'));
    } catch {
      setStatus(t('peopleCopyFailed'));
    }
  };
  return (
    <section aria-labelledby="gf-meeting-h" data-testid="gf-people-meeting" data-person={meeting.key}>
      <h2 id="gf-meeting-h">{t('peopleMeetingHeading')}</h2>
      <p>{meetingText(meeting)}</p>
      <fieldset className="slots">
        <legend>{t('peopleMeetingPick')}</legend>
        {slots.map((slot) => (
          <label key={slot}>
            <input type="checkbox" checked={picked.includes(slot)} onChange={() => toggle(slot)} data-slot={slot} />{' '}
            {slotText(slot, locale)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="gf-invite">{t('peopleInviteLabel')}</label>
      <textarea id="gf-invite" data-testid="gf-people-invite" readOnly rows={4} value={text} placeholder={t('peopleInvitePickFirst')} />
      <p className="row wrap">
        <button type="button" disabled={!text} onClick={() => void copy()} data-testid="gf-people-copy">
          {t('peopleCopy')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('peopleDismiss')}
        </button>
      </p>
      <p role="status" className="ok">
        {status}
      </p>
    </section>
  );
}

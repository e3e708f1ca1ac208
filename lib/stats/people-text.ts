// The people view's sentences, from the message catalog; dates and lists in the page's language.
import { t } from '../model/i18n';
import type { EchoNote, MeetingSuggestion, Nudge, Suggestion } from './people-insights';

export function nudgeText(nudge: Nudge, locale: string, timeZone?: string): string {
  if (nudge.kind === 'give-idea') {
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', ...(timeZone && { timeZone }) }).format(nudge.askedAt);
    return t('peopleNudgeGiveIdea', nudge.name, day);
  }
  if (nudge.thanked === 0) return t('peopleNudgeNever', nudge.name, nudge.asked);
  if (nudge.thanked === 1) return t('peopleNudgeOnce', nudge.name, nudge.asked);
  return t('peopleNudgeTimes', nudge.name, nudge.asked, nudge.thanked);
}

export function meetingText(meeting: MeetingSuggestion): string {
  return t('peopleMeetingText', meeting.name, meeting.exchanges);
}

/** A time to offer, as a person would write it: "Tuesday, 8 December at 09:30". */
export function slotText(slot: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', ...(timeZone && { timeZone }),
  }).format(slot);
}

/** The invitation the person copies and sends themselves, listing the times they picked. */
export function invitationText(name: string, slots: readonly number[], locale: string, timeZone?: string): string {
  const times = new Intl.ListFormat(locale, { type: 'disjunction' }).format(slots.map((s) => slotText(s, locale, timeZone)));
  return t('peopleInvite', name.replace(/^@/, ''), times);
}

export function echoNoteText(note: EchoNote, locale: string): string {
  if (note.kind === 'one-topic') return t('peopleEchoOneTopic', note.posts, note.topic);
  return t('peopleEchoFewPeople', note.posts, new Intl.ListFormat(locale, { type: 'conjunction' }).format(note.names));
}

export function suggestionText(suggestion: Suggestion, locale: string): string {
  if (suggestion.kind === 'nudge') return nudgeText(suggestion.nudge, locale);
  if (suggestion.kind === 'meeting') return t('peopleSuggestMeeting', suggestion.meeting.name);
  if (suggestion.kind === 'echo') return echoNoteText(suggestion.note, locale);
  return t('peopleSuggestAnswer');
}

// What a finding says, as data: each hit names a message id and the facts it states ("similarity": 87, "days": 3,
// "site": "linkedin"), and the words come from a message catalog. The English templates below are the English
// catalog's entries (public/_locales/en/messages.json `finding<Id>`, checked equal by a test), so the checker's own
// `message` and the hint card's text in any language are rendered from one template by one function.
import { platformFacts, type Platform } from '../model/platforms';
import { clip } from './words';

/** The specifics a finding states, by name: numbers, counts, limits, the quoted words, days ago, a platform id. */
export type FindingData = Readonly<Record<string, string | number>>;

/** English template of every message a finding can say; `$NAME$` is filled from the finding's data (see PARTS). */
export const FINDING_MESSAGES = {
  affiliateLinkTagged: 'This link carries an affiliate or referral tag.',
  affiliateLinkDisclosed: '$WORDS$: this post is paid or earns you a commission.',
  bareLink: 'This link has little of your own words around it.',
  callToAction: '$WORDS$ asks readers to do something for you.',
  servicePitch: '$WORDS$ pitches your services.',
  clickbaitTeaser: '$WORDS$ points at something the post does not say.',
  discountCode: '$WORDS$ is a sales offer.',
  emptyPlatitude: 'A line anyone could post about anything: there is nothing here only you could say.',
  engagementBait: '$WORDS$ asks for engagement rather than giving something to engage with.',
  giveaway: '$WORDS$: entry asks people to like, share, follow or tag.',
  lure: '$WORDS$: a promise of money or a prize with a way to collect it.',
  hashtagOnly: 'Only hashtags: nothing for the reader to read.',
  hashtagStuffing: '$COUNT$ hashtags; $WHERE$ more than $LIMIT$ reads as reaching for views.',
  humblebrag: '$WORDS$ announces your news with nothing for the reader.',
  hypePush: '$WORDS$ talks it up and asks readers to jump in.',
  learnedBait: '$WORDS$ teases without telling: the reader has to click or guess to learn what you mean.',
  learnedPromotion:
    '$WORDS$ reads like a pitch: it asks readers to do something for you (watch, follow, buy, visit) without saying what is in it for them.',
  learnedPromotionAd: '$WORDS$ reads like an ad: it talks up a product or a channel without saying what is in it for the reader.',
  meCentred: '“I”, “me” and “my” $ME$ times, “you” $YOU$.',
  nearDuplicateIdentical: 'Almost identical ($SIMILARITY$%) to your post$ON$ $WHEN$$PREVIEW$.',
  nearDuplicateSimilar: 'Very similar ($SIMILARITY$%) to your post$ON$ $WHEN$$PREVIEW$.',
  nearDuplicateReworded: 'Says much the same as your post$ON$ $WHEN$$PREVIEW$: $SIMILARITY$% of the key words match.',
  ownBrand: '$WORDS$ is your own brand.',
  ownLink: 'This links to your own site.',
  productPlug: '$WORDS$ points readers to your own thing.',
  productCopy: '$WORDS$ reads as product copy: it sells the thing rather than saying what it does for readers.',
  repeatedHashtags: 'The same hashtags as your post$ON$ $WHEN$.',
  repeatedHashtagsMore: 'The same hashtags as your post$ON$ $WHEN$ (and $MORE$ more).',
  repeatedLink: 'You shared this link in your post$ON$ $WHEN$$PREVIEW$.',
  repeatedLinkTimes: 'You shared this link in your post$ON$ $WHEN$$PREVIEW$, $TIMES$ times in all.',
  repeatedRunHashtag: '$TAG$ appears $OFTEN$.',
  repeatedRunEmoji: 'The same emoji $COUNT$ times in a row.',
  repeatedRunEmojiGroup: '$WORDS$ again.',
  repeatedRunWord: '$WORDS$ $COUNT$ times in a row.',
  repeatedRunPhrase: '$WORDS$ appears $OFTEN$.',
  tooShort: 'Too short to say anything to someone who is not in your head.',
  tooShortPitch: 'Beyond the ask, this says nothing about what is on offer.',
  tooShortBrag: 'This shares the win but nothing the reader can use.',
  readerQuestion: 'This asks readers for their answer without giving yours.',
  tooShortPlug: 'This points to your own thing but says nothing about what is in it.',
  tooShortReplyPitch: 'This reply pitches without adding to the conversation.',
  tooShortReplyReaction: 'This reply is only a reaction.',
  urgency: '$WORDS$ pushes readers to hurry.',
  vaguePointer: '$WORDS$ says nothing about what is behind it.',
} as const;

export type MessageId = keyof typeof FINDING_MESSAGES;

/**
 * Pieces some messages are built from (when, where, how often), in the same catalog. Every count they take is 2 or
 * more where a plural would differ (1 day is "yesterday", one time is "once"), so no piece needs plural forms.
 */
export const MESSAGE_PARTS = {
  whenToday: 'earlier today',
  whenYesterday: 'yesterday',
  whenDays: '$DAYS$ days ago',
  whenMonths: '$MONTHS$ months ago',
  onSite: 'on $SITE$',
  onMostSites: 'on most sites',
  once: 'once',
  twice: 'twice',
  times: '$COUNT$ times',
  notOnce: 'not once',
  quoted: '“$WORDS$”',
} as const;

export type MessagePart = keyof typeof MESSAGE_PARTS;
export type Template = MessageId | MessagePart;

/** "callToAction" → "findingCallToAction": the catalog key of a message or a part. */
export function messageKey(id: string): string {
  return `finding${id[0]!.toUpperCase()}${id.slice(1)}`;
}

const PLACEHOLDER_RE = /\$([A-Z]+)\$/g;

/** The placeholders of a template, lower case, in order of first use: their positions ($1, $2…) in the catalog. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!.toLowerCase()))];
}

/**
 * A template cut at its placeholders once (literal, name, literal, ... literal), with its distinct names: a check
 * renders every finding's message, and re-reading the template with a regex each time was a measurable share of it.
 */
interface ParsedTemplate {
  pieces: string[];
  names: string[];
}

const parsedTemplates = new Map<string, ParsedTemplate>();

function parsed(template: string): ParsedTemplate {
  let found = parsedTemplates.get(template);
  if (!found) {
    const pieces: string[] = [];
    let from = 0;
    for (const m of template.matchAll(PLACEHOLDER_RE)) {
      pieces.push(template.slice(from, m.index), m[1]!.toLowerCase());
      from = m.index + m[0].length;
    }
    pieces.push(template.slice(from));
    parsedTemplates.set(template, (found = { pieces, names: placeholdersOf(template) }));
  }
  return found;
}

/** The English catalog entry of a template, as chrome.i18n reads it: named placeholders bound to $1, $2… */
export function catalogEntry(template: string): { message: string; placeholders?: Record<string, { content: string }> } {
  const names = placeholdersOf(template);
  if (names.length === 0) return { message: template };
  return { message: template, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) };
}

/**
 * Looks a template up in some catalog and fills it: `values` by placeholder name. Null when the catalog has no
 * such key, so the caller can fall back to the English message.
 */
export type Say = (id: Template, values: Readonly<Record<string, string>>) => string | null;

/** Every English template by id: the messages and their parts. */
export const MESSAGE_TEMPLATES: Readonly<Record<Template, string>> = { ...FINDING_MESSAGES, ...MESSAGE_PARTS };

export const sayEnglish: Say = (id, values) => {
  const { pieces } = parsed(MESSAGE_TEMPLATES[id]);
  let out = pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) out += (values[pieces[i]!] ?? '') + pieces[i + 1]!;
  return out;
};

/** Days ago as words: "yesterday", "3 days ago", "2 months ago". */
function when(days: number, say: Say): string | null {
  if (days <= 0) return say('whenToday', {});
  if (days === 1) return say('whenYesterday', {});
  if (days < 60) return say('whenDays', { days: String(days) });
  return say('whenMonths', { months: String(Math.round(days / 30)) });
}

/** "once", "twice", "3 times". */
function often(n: number, say: Say): string | null {
  return n === 1 ? say('once', {}) : n === 2 ? say('twice', {}) : say('times', { count: String(n) });
}

const siteName = (site: unknown) => platformFacts(String(site) as Platform).name;

/**
 * Placeholders whose words are built from the data rather than copied: each names the data field it reads (the
 * table test checks that field is present) and how it reads. Every other placeholder is the data field of its name.
 */
export const PARTS: Record<string, { from: string; optional?: boolean; render(data: FindingData, say: Say): string | null }> = {
  words: { from: 'words', render: (d, say) => say('quoted', { words: clip(String(d.words)) }) },
  preview: {
    from: 'preview',
    optional: true,
    render: (d, say) => {
      if (!d.preview) return '';
      const quoted = say('quoted', { words: clip(String(d.preview), 80) });
      return quoted === null ? null : ` (${quoted})`;
    },
  },
  when: { from: 'days', render: (d, say) => when(Number(d.days), say) },
  on: {
    from: 'site',
    optional: true,
    render: (d, say) => {
      if (!d.site || d.site === 'other') return '';
      const on = say('onSite', { site: siteName(d.site) });
      return on === null ? null : ` ${on}`;
    },
  },
  where: { from: 'site', render: (d, say) => (d.site === 'other' ? say('onMostSites', {}) : say('onSite', { site: siteName(d.site) })) },
  often: { from: 'times', render: (d, say) => often(Number(d.times), say) },
  you: { from: 'you', render: (d, say) => (Number(d.you) === 0 ? say('notOnce', {}) : often(Number(d.you), say)) },
};

/** The message `id` says about `data`, in the catalog `say` reads; null when a key is missing there. */
export function renderMessage(id: MessageId, data: FindingData, say: Say = sayEnglish): string | null {
  const values: Record<string, string> = {};
  for (const name of parsed(FINDING_MESSAGES[id]).names) {
    const part = PARTS[name];
    const value = part ? part.render(data, say) : String(data[name] ?? '');
    if (value === null) return null;
    values[name] = value;
  }
  return say(id, values);
}

/** The message fields of a hit: its id, its data, and the English message rendered from them. */
export function hitMessage(messageId: MessageId, data: FindingData = {}): { messageId: MessageId; data: FindingData; message: string } {
  return { messageId, data, message: renderMessage(messageId, data)! };
}

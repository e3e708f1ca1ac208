// Messages as data: every finding of every rule names a message in the catalog and carries every fact that message
// states, the English catalog holds exactly the checker's templates, and each language renders them whole.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check, fingerprint, HistoryIndex, type CheckContext, type Finding } from '../../lib/checker';
import { catalogEntry, FINDING_MESSAGES, MESSAGE_TEMPLATES, messageKey, PARTS, placeholdersOf, renderMessage, type MessageId } from '../../lib/checker/messages';
import { setFallbackMessages } from '../../lib/model/i18n';
import { findingMessage } from '../../lib/page/hint/rule-text';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = path.resolve(import.meta.dirname, '../../public/_locales');
const catalog = (lang: string) => JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalog;
const en = catalog('en');

const now = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

/** Earlier posts for the repetition rules: one on LinkedIn three days ago, tag sets and links shared before. */
function history(): HistoryIndex {
  const h = new HistoryIndex();
  h.add(fingerprint('Our spring sale ends Friday: 30% off all plants 🌱', 'a', now - 3 * DAY, true, 'linkedin'));
  h.add(fingerprint('Focaccia day #bread #baking #sourdough', 'b', now - DAY, true, 'threads'));
  h.add(fingerprint('Saturday bake #sourdough #bread #baking', 'c', now - 5 * DAY, true, 'instagram'));
  h.add(fingerprint('Wool week #knitting #yarn #fibreart', 'd', now - 70 * DAY, true, 'mastodon'));
  h.add(fingerprint('Wool week again #knitting #yarn #fibreart', 'e', now - 12 * DAY, true, 'mastodon'));
  h.add(fingerprint('Donate here: givecircle.example.org/westside-choir?src=fb', 'f', now - 9 * DAY, true, 'facebook'));
  h.add(fingerprint('Every dollar counts: givecircle.example.org/westside-choir?src=fb2', 'g', now - 2 * DAY, true, 'instagram'));
  h.add(fingerprint('Our zine archive: zinelibrary.example.net/issues', 'h', now, true, 'bluesky'));
  return h;
}

const own = { brands: ['Fernhollow Studio'], domains: ['makersmath.co'] };

/** Posts that fire the rules no corpus post fires (they need history, the person's brands, or a count of "I"). */
const FIRING: { text: string; ctx?: CheckContext }[] = [
  { text: 'ICYMI: Our spring sale ends Friday: 30% off all plants 🌱' },
  { text: 'Reminder: our spring sale ends Friday, 30% off all plants and seeds 🌱' },
  { text: 'Spring sale ends Friday: 30% off all plants 🌱 and free delivery over $50 this week' },
  { text: "What's one book that changed how you work?" },
  { text: 'Sunday bake #Baking #sourdough #bread' },
  { text: 'Sock pattern drop #knitting #yarn #fibreart' },
  { text: 'Last days! givecircle.example.org/westside-choir?src=fb3' },
  { text: 'New issues are up: zinelibrary.example.net/issues' },
  { text: 'Fernhollow Studio is now booking for spring!', ctx: { own } },
  { text: 'Spring class list: makersmath.co/classes', ctx: { own } },
  { text: 'he made $700 a week from home with one app, text him on telegram', ctx: { platform: 'youtube' } },
  { text: 'I am so proud of myself this year. I worked hard, I grew my business, I hit my goals and I bought my dream car. My family is proud of me and I know my journey is only starting.' },
  { text: 'I am so proud of myself this year. I worked hard, I grew my business, I hit my goals and I bought my dream car. My family is proud of me and you know my journey is only starting.' },
  { text: 'Big week for me. I launched my new site, I redid my logo and I moved my studio. My clients love it, you and you alone know how I feel, I could not be happier with where I am and what I built with my hands.' },
];

function corpusPosts(): { text: string; ctx: CheckContext }[] {
  const files = ['tests/corpus/dev-posts.jsonl', 'tests/corpus/own-posts.jsonl', 'tests/corpus/blind-batch3.jsonl'];
  return files.flatMap((file) =>
    readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; platform: CheckContext['platform']; reply: boolean })
      .map((p) => ({ text: p.text, ctx: { platform: p.platform, reply: p.reply } })),
  );
}

const findings: Finding[] = [
  ...corpusPosts().flatMap((p) => check(p.text, p.ctx).findings),
  ...FIRING.flatMap((p) => check(p.text, { history: history(), now, ...p.ctx }).findings),
];

/** The data fields a placeholder reads, and whether a finding may lack them (no site, no preview). */
function needs(name: string): { field: string; optional: boolean } {
  const part = PARTS[name];
  return part ? { field: part.from, optional: part.optional ?? false } : { field: name, optional: false };
}

describe('message ids and data', () => {
  it('the posts fire every message the checker can say', () => {
    const said = new Set(findings.map((f) => f.messageId));
    expect(Object.keys(FINDING_MESSAGES).filter((id) => !said.has(id as MessageId))).toEqual([]);
  });

  it.each(Object.keys(FINDING_MESSAGES))('%s: every finding saying it names it in the English catalog and carries its facts', (id) => {
    const saying = findings.filter((f) => f.messageId === id);
    expect(saying.length).toBeGreaterThan(0);
    const entry = en[messageKey(id)];
    expect(entry, messageKey(id)).toBeDefined();
    for (const f of saying) {
      for (const name of placeholdersOf(entry!.message)) {
        const { field, optional } = needs(name);
        if (!optional) expect(f.data[field], `${id}: data.${field} for $${name.toUpperCase()}$`).toBeDefined();
      }
      // The English message is the catalog's template filled from the data: one fact, one place.
      expect(f.message).toBe(renderMessage(f.messageId, f.data));
      expect(f.message).not.toMatch(/\$[A-Z]+\$|undefined|NaN/);
    }
  });

  it('the English catalog holds exactly the checker\'s templates, placeholders bound in order of use', () => {
    for (const [id, template] of Object.entries(MESSAGE_TEMPLATES)) expect(en[messageKey(id)], id).toEqual(catalogEntry(template));
  });
});

describe.each(['es', 'de', 'fr', 'pt'])('findings rendered in %s', (lang) => {
  afterEach(() => setFallbackMessages(en));

  it('says every finding whole in the language, with its numbers', () => {
    setFallbackMessages(catalog(lang));
    for (const f of findings) {
      const text = findingMessage(f);
      expect(text, f.messageId).not.toBe(f.message);
      expect(text, f.messageId).not.toMatch(/\$[A-Z]+\$|undefined|NaN/);
      for (const value of Object.values(f.data)) if (typeof value === 'number' && f.message.includes(String(value))) expect(text, f.messageId).toContain(String(value));
    }
  });
});

describe('a repetition finding keeps its specifics in every language', () => {
  afterEach(() => setFallbackMessages(en));
  const repeat = (text: string) => check(text, { history: history(), now }).findings.find((f) => f.rule === 'near-duplicate')!;

  it('in Spanish: how similar, how many days ago, on which site', () => {
    const f = repeat('Reminder: our spring sale ends Friday, 30% off all plants and seeds 🌱');
    expect(f.data).toMatchObject({ days: 3, site: 'linkedin' });
    setFallbackMessages(catalog('es'));
    expect(findingMessage(f)).toBe(
      `Muy parecida (${f.data.similarity} %) a tu publicación en LinkedIn de hace 3 días (“Our spring sale ends Friday: 30% off all plants 🌱”).`,
    );
  });

  it('in German, reworded: the share of key words, yesterday, the site', () => {
    const h = new HistoryIndex();
    h.add(fingerprint('Our spring sale ends Friday: 30% off all plants 🌱', 'a', now - DAY, true, 'x'));
    const f = check('Spring sale ends Friday: 30% off all plants 🌱 and free delivery over $50 this week', { history: h, now }).findings.find(
      (x) => x.rule === 'near-duplicate',
    )!;
    expect(f.messageId).toBe('nearDuplicateReworded');
    setFallbackMessages(catalog('de'));
    expect(findingMessage(f)).toBe(
      `Sagt fast dasselbe wie dein Beitrag auf X von gestern („Our spring sale ends Friday: 30% off all plants 🌱“): ${f.data.similarity} % der Schlüsselwörter stimmen überein.`,
    );
  });

  it('in French and Portuguese, months ago and a post with no known site', () => {
    const h = new HistoryIndex();
    h.add(fingerprint('Our spring sale ends Friday: 30% off all plants 🌱', 'a', now - 90 * DAY, false));
    const f = check('ICYMI: Our spring sale ends Friday: 30% off all plants 🌱', { history: h, now, sensitivity: 'strict' }).findings.find(
      (x) => x.rule === 'near-duplicate',
    )!;
    expect(f.message).toMatch(/your post 3 months ago\.$/);
    setFallbackMessages(catalog('fr'));
    expect(findingMessage(f)).toMatch(/à votre publication d’il y a 3 mois\.$/);
    setFallbackMessages(catalog('pt'));
    expect(findingMessage(f)).toMatch(/seu post publicado há 3 meses\.$/);
  });

  it('falls back to the English message when the catalog lacks the key', () => {
    const f = repeat('Reminder: our spring sale ends Friday, 30% off all plants and seeds 🌱');
    const { findingNearDuplicateSimilar: _, ...partial } = catalog('es');
    setFallbackMessages(partial);
    expect(findingMessage(f)).toBe(f.message);
  });
});

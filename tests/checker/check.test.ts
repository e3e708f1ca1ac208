// check(): how findings become families, kind and scores; sensitivity, muted rules and feedback; and the posts the
// composer and its end-to-end tests rely on.
import { describe, expect, it } from 'vitest';
import { check, fingerprint, HistoryIndex } from '../../lib/checker';
import { feedbackKey } from '../../lib/checker/ignore';
import { RULES } from '../../lib/checker/rules';

const VALUE =
  'Three things I learned moving our CI to ARM runners: pin base images, check native deps early, and cache per arch. Thanks to @jane for the build matrix tip!';
const OWN = { brands: ['Letterwell Studio'], domains: ['letterwell.studio'] };
const LESSON_WITH_OWN_LINK =
  "3 typography mistakes I see on almost every small business website:\n\n1. Body text under 16px. On phones it's unreadable for anyone over 40.\n2. Lines longer than ~75 characters. Readers lose their place.\n3. Four or more fonts. Pick one for headings, one for body.\n\n(I go deeper in my workshop at letterwell.studio, but these three cover most of it.)";

describe('check', () => {
  it('reads the posts the composer and its end-to-end tests use', () => {
    expect(check('Our new course is live! Use my code SAVE20 at checkout and follow me for more. Link in bio')).toMatchObject({ kind: 'take' });
    expect(check(VALUE)).toMatchObject({ kind: 'give', families: [] });
    expect(check('Replaced all of it https://example.com/a').families).toEqual(['missing-value']);
    expect(check('https://example.com/some-article').families).toEqual(['missing-value']);
    expect(check('<img src=x onerror="window.__pwned=1"> https://example.com/x').families).toEqual(['missing-value']);
    expect(check('Great question: write the test first for every bug you fix, it stops the same bug twice.', { reply: true }).kind).toBe('give');
    expect(check('Free community meetup on Thursday for anyone learning Rust. DM me for the address.').families).toEqual(['self-promotion']);
    expect(check('Happy to help anyone stuck on this: DM me and I will send the config that worked for us.').kind).toBe('give');
    expect(check('Pre-order now and use my code EARLY at checkout, link in bio').kind).toBe('take');
    const history = new HistoryIndex();
    history.add(fingerprint(VALUE, 'v', Date.now() - 60_000, false));
    expect(check(`ICYMI: ${VALUE}`, { history }).families).toEqual(['repetition']);
  });

  it('lets a post that teaches keep a link to the author’s own work; strict keeps the hint but reads the post as giving', () => {
    const normal = check(LESSON_WITH_OWN_LINK, { own: OWN, platform: 'linkedin' });
    expect(normal).toMatchObject({ kind: 'give', families: [] });
    const strict = check(LESSON_WITH_OWN_LINK, { own: OWN, platform: 'linkedin', sensitivity: 'strict' });
    expect(strict.families).toEqual(['self-promotion']);
    expect(strict.kind).toBe('give');
    expect(strict.findings.every((f) => f.weight < 1)).toBe(true);
  });

  it('moves the bars with sensitivity (the four tags now sit on a plug: over the limit, tags on a post that takes nothing file it in public streams)', () => {
    const tags = 'Glaze test from this week: speckled oat over tenmoku at cone 6 with a 10 minute hold, in my shop soon #pottery #ceramics #glaze #kiln';
    expect(check(tags, { platform: 'x', sensitivity: 'gentle' }).families).toEqual([]);
    expect(check(tags, { platform: 'x' }).families).toEqual(['self-promotion']);
    const oneAsk = 'Speckled oat glaze over tenmoku came out great at cone 6. Follow for more!';
    expect(check(oneAsk, { sensitivity: 'gentle' }).kind).not.toBe('take');
    expect(check(oneAsk, { sensitivity: 'strict' }).kind).toBe('take');
  });

  it('drops muted rules and findings the person said were wrong', () => {
    const text = 'Check this out! https://example.com/x';
    const all = check(text);
    expect(all.findings.map((f) => f.rule).sort()).toEqual(['bare-link', 'vague-pointer']);
    expect(check(text, { muted: ['bare-link'] }).findings.map((f) => f.rule)).toEqual(['vague-pointer']);
    const ignore = new Set([feedbackKey('vague-pointer', 'Check this out')]);
    expect(check(text, { ignore }).findings.map((f) => f.rule)).toEqual(['bare-link']);
    expect(check(text, { muted: RULES.map((r) => r.meta.id) })).toMatchObject({ findings: [], families: [] });
  });

  it('scores take from asks and bait, give from signals, and sorts findings by position', () => {
    const report = check('Your network is your net worth. 💯 Agree? 👇');
    expect(report.kind).toBe('take');
    expect(report.scores.take).toBeGreaterThanOrEqual(2);
    expect(report.scores.missing).toBeGreaterThan(0);
    const starts = report.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const give = check(VALUE);
    expect(give.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['lesson', 'credit']));
    expect(give.scores.give).toBeGreaterThanOrEqual(3);
  });

  it('reads an inline list as a list only when it delivers every item it counts', () => {
    const signals = (text: string) => check(text).signals.filter((s) => s.signal === 'list').map((s) => text.slice(s.start, s.end));
    expect(signals('Our 2 fixes: pin the node version and cache the lockfile.')).toEqual(['2 fixes: pin the node version and cache the lockfile']);
    expect(signals('3 consejos: riega por la mañana, usa mantillo y poda en invierno.')).toHaveLength(1);
    expect(signals('Our 3 fixes: pin the node version and cache the lockfile.')).toEqual([]);
    expect(signals('2 big wins: a new studio and our first podcast')).toEqual([]);
    expect(signals('Buy my 3 guides today: budgeting for couples, meal prep on a budget, and paying off debt. Link in bio!')).toEqual([]);
  });

  it('reads a list numbered inline ("1/ … 2/ …") as a list when it counts from 1 and each item says something', () => {
    const lists = (text: string, lang?: 'es' | 'de' | 'fr' | 'pt') =>
      check(text, { lang }).signals.filter((s) => s.signal === 'list').map((s) => text.slice(s.start, s.end));
    expect(lists('How we cut our AWS bill by 40%: 1/ moved cold logs to S3 Glacier 2/ right-sized RDS 3/ spot instances for CI. Details below')).toEqual([
      '1/ moved cold logs to S3 Glacier 2/ right-sized RDS 3/ spot instances for CI',
    ]);
    expect(lists('Para el arroz: 1) no lo remuevas 2) baja el fuego 3) tapa con un paño', 'es')).toHaveLength(1);
    expect(lists('Gegen beschlagene Scheiben: 1. Lüftung auf Frischluft 2. Klima kurz an', 'de')).toHaveLength(1);
    expect(lists('Pour le pain : 1) farine T65 2) eau tiède 3) une nuit au frigo', 'fr')).toHaveLength(1);
    expect(lists('Pra economizar: 1/ leve marmita 2/ compre no atacado', 'pt')).toHaveLength(1);
    // A thread opened with its emoji ("1/🧵"): the opening counts as item 1.
    expect(lists('1/🧵 How I cut our AWS bill 41% in a month:\n2/ Turned off 12 idle dev instances\n3/ Moved logs to S3 Glacier after 30 days')).toHaveLength(1);
    expect(lists('1/🧵 Cómo bajé la factura de AWS un 41 % en un mes:\n2/ Apagué 12 instancias de desarrollo ociosas\n3/ Pasé los logs a S3 Glacier', 'es')).toHaveLength(1);
    // Not a run: a lone thread marker, a fraction, numbers out of order, items of one word, an ask.
    expect(lists('1/ A story about the worst client I ever had, and what it taught me.')).toEqual([]);
    expect(lists('1/🧵 A story about the worst client I ever had, and what it taught me.')).toEqual([]);
    expect(lists('Mix 1/2 cup flour with 2/3 cup sugar.')).toEqual([]);
    expect(lists('Ranked: 2) pizza 1) tacos')).toEqual([]);
    expect(lists('1) yes 2) no')).toEqual([]);
    expect(lists('Please 1) follow me 2) share this post 3) turn on notifications')).toEqual([]);
  });

  it('counts credit and thanks that name someone by @mention', () => {
    const signals = (text: string, lang?: 'es' | 'pt') => check(text, { lang }).signals.map((s) => s.signal);
    expect(signals('Great thread on pricing via @jane, the part about anchoring changed how I quote jobs.')).toContain('credit');
    expect(signals('Thanks @mira for the glaze tip, it fixed my crawling on the first try.')).toContain('thanks');
    expect(signals('Muchas gracias @laura por la charla de ayer sobre accesibilidad.', 'es')).toContain('thanks');
    expect(signals('Obrigada @ana pela dica do forno, o pão ficou perfeito.', 'pt')).toContain('thanks');
    expect(signals('Congrats to the whole team at @openfarm on shipping v2! The offline mode is exactly what our co-op needed.')).toContain('credit');
    // A mention alone is not a phrase: the other lists still skip it.
    expect(check('@follow_me_now great shot').findings.filter((f) => f.rule === 'call-to-action')).toEqual([]);
  });

  it('reads a post addressed to the people who asked as help, unless it only points to a sale', () => {
    const answer = check('To everyone in the Riverside group asking about the flooding: the council opened the sandbag point at the fire station on Elm St, open until 8pm, bring your own shovel.');
    expect(answer.signals.map((s) => s.signal)).toContain('helping');
    expect(answer.kind).toBe('give');
    const pitch = check("For anyone asking about the recipe, it's in my cookbook, link in bio!");
    expect(pitch.kind).toBe('take');
  });

  it('does not read a noun as advice ("Open house Sunday"), and does read "so spend extra time on…"', () => {
    const signals = (text: string) => check(text).signals.map((s) => s.signal);
    expect(signals('Just listed: 3 bed 2 bath in Oak Hills. Open house Sunday 1-4.')).not.toContain('advice');
    expect(signals('The exam leaned hard on networking, so spend extra time on VPC peering and Transit Gateway.')).toContain('advice');
  });

  it('gives every finding a message and a suggestion of what to add', () => {
    const report = check('🎉 GIVEAWAY 🎉 Like our page, share this post and tag 3 friends! Use code WIN20 for 20% off. Only 5 left! #a #b #c #d #e', { platform: 'x' });
    expect(report.families).toEqual(['self-promotion', 'missing-value']);
    for (const f of report.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.suggestion).toMatch(/^[A-Z]/);
      expect(f.suggestion.length).toBeGreaterThan(30);
    }
  });
});

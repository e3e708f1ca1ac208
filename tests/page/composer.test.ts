import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { HINT_TAG, HintView, type HintActions } from '../../lib/page/hint/view';
import { breaksGoal } from '../../lib/page/pause-gate';
import { blockText } from '../../lib/sites/dom/read-text';
import { composersFor } from '../../lib/page/watch-submit';
import { watchText } from '../../lib/page/watch-text';
import { setFallbackMessages } from '../../lib/model/i18n';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

afterEach(() => {
  document.body.replaceChildren();
});

const noActions = (calls: string[] = []): HintActions => ({
  feedback: (f, words) => calls.push(`feedback:${f.rule}:${words}`),
  mute: (rule) => calls.push(`mute:${rule}`),
  unmute: (rule) => calls.push(`unmute:${rule}`),
  pauseSite: () => calls.push('pauseSite'),
  focusEditor: () => calls.push('focus'),
});

describe('watchText', () => {
  it('reads on mutations that fire no input event (Enter in Draft, Lexical, Quill, TipTap)', async () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.textContent = 'first';
    document.body.append(editable);
    const seen: string[] = [];
    const controller = new AbortController();
    watchText(editable, () => editable.textContent ?? '', (t) => seen.push(t), controller.signal);
    expect(seen).toEqual(['first']);
    editable.append(document.createElement('p'));
    editable.lastChild!.textContent = ' second';
    await expect.poll(() => seen).toEqual(['first', 'first second']);
    controller.abort();
    editable.textContent = 'after abort';
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['first', 'first second']);
  });
});

describe('blockText', () => {
  it('joins one line per block and strips zero-width characters', () => {
    const editable = document.createElement('div');
    for (const line of ['Hello\u200B', '', 'world\u00A0!']) {
      const block = document.createElement('div');
      block.dataset.block = 'true';
      block.textContent = line;
      editable.append(block);
    }
    document.body.append(editable);
    expect(blockText(editable, '[data-block="true"]')).toBe('Hello\n\nworld !');
  });

  it('reads a textarea by its value', () => {
    const area = document.createElement('textarea');
    area.value = 'line one\nline two';
    expect(blockText(area, 'p')).toBe('line one\nline two');
  });
});

describe('composersFor', () => {
  it('picks the composers inside the submit control’s nearest container', () => {
    document.body.innerHTML = `
      <section id="home"><div id="a" contenteditable="true"></div><button id="post-a"></button></section>
      <div id="thread"><div id="b1" contenteditable="true"></div><div id="b2" contenteditable="true"></div><button id="post-all"></button></div>`;
    const editables = ['a', 'b1', 'b2'].map((id) => document.getElementById(id)!);
    expect(composersFor(document.getElementById('post-a')!, editables).map((e) => e.id)).toEqual(['a']);
    expect(composersFor(document.getElementById('post-all')!, editables).map((e) => e.id)).toEqual(['b1', 'b2']);
  });
});

describe('HintView', () => {
  it('renders post text as text, never as markup, outside the editable', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
    const text = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> https://example.com/x';
    // A finding whose quoted words are the markup itself.
    const report = { ...check(text), kind: 'neutral' as const, families: ['missing-value' as const] };
    const markupEnd = text.indexOf(' https');
    report.findings = [{ rule: 'bare-link', family: 'missing-value', start: 0, end: markupEnd, message: 'm', messageId: 'bareLink', data: {}, suggestion: 's', weight: 1 }];
    view.update(text, report);
    const host = document.querySelector(HINT_TAG)!;
    expect(host.parentNode).toBe(document.body);
    expect(editable.contains(host)).toBe(false);
    const badge = host.shadowRoot!.querySelector<HTMLElement>('[data-testid="gf-badge"]')!;
    expect(badge.getAttribute('type')).toBe('button');
    expect(badge.dataset.families).toBe('missing-value');
    badge.click();
    const quote = host.shadowRoot!.querySelector('.quote')!;
    expect(quote.textContent).toContain('<img src=x onerror=');
    expect(host.shadowRoot!.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps clicks inside the hint from reaching the page', () => {
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
    view.update('Link in bio', check('Link in bio'));
    let reached = 0;
    document.addEventListener('click', () => reached++);
    view.host.shadowRoot!.querySelector<HTMLElement>('[data-testid="gf-badge"]')!.click();
    expect(reached).toBe(0);
  });

  it('never mounts again once destroyed, even from an update already under way', () => {
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
    view.update('hello', check('hello'));
    view.destroy();
    view.update('hello again', check('hello again'));
    expect(view.host.isConnected).toBe(false);
  });

  it('mounts itself again after a site re-render removed it', () => {
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
    view.update('hello', check('hello'));
    view.host.remove();
    view.update('hello there', check('hello there'));
    expect(view.host.isConnected).toBe(true);
  });

  it('stays out of the page while the pointer is on the send control (it would take Post\'s place under the click), then comes in', async () => {
    const send = document.createElement('button');
    const before = document.createElement('div');
    document.body.append(before, send);
    const view = new HintView(() => ({ parent: document.body, before: send }), noActions(), { sendControl: () => send });
    const over = (target: Element) => target.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    over(send);
    view.update('hello there', check('hello there'));
    expect(view.host.isConnected).toBe(false);
    // Still on it a while later: still out, and the badge already reads the draft for when it comes in.
    await new Promise((r) => setTimeout(r, 450));
    expect(view.host.isConnected).toBe(false);
    expect(view.host.shadowRoot!.querySelector<HTMLElement>('[data-testid="gf-badge"]')!.dataset.kind).toBe(check('hello there').kind);
    over(before);
    await expect.poll(() => view.host.isConnected).toBe(true);
    expect(send.previousSibling).toBe(view.host);
  });

  it('opens the card the person asked for even with the pointer on the send control (a paused send)', () => {
    const send = document.createElement('button');
    document.body.append(send);
    const view = new HintView(() => ({ parent: document.body, before: send }), noActions(), { sendControl: () => send });
    send.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    view.update('Link in bio', check('Link in bio'));
    expect(view.host.isConnected).toBe(false);
    view.openCard();
    expect(view.host.isConnected).toBe(true);
    expect(view.isOpen).toBe(true);
  });

  it('never comes back once destroyed while waiting for the pointer to leave', async () => {
    const send = document.createElement('button');
    document.body.append(send);
    const view = new HintView(() => ({ parent: document.body, before: send }), noActions(), { sendControl: () => send });
    send.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    view.update('hello', check('hello'));
    view.destroy();
    document.body.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 450));
    expect(view.host.isConnected).toBe(false);
  });
});

describe('hint actions', () => {
  it('offers feedback, mute and pause-site, and Escape returns focus to the editor', () => {
    const calls: string[] = [];
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions(calls));
    view.update('Link in bio', check('Link in bio'));
    const root = view.host.shadowRoot!;
    root.querySelector<HTMLElement>('[data-testid="gf-badge"]')!.click();
    const finding = root.querySelector<HTMLElement>('[data-testid="gf-finding"]')!;
    const rule = finding.dataset.rule!;
    finding.querySelector<HTMLElement>('[data-testid="gf-feedback"]')!.click();
    finding.querySelector<HTMLElement>('[data-testid="gf-mute"]')!.click();
    root.querySelector<HTMLElement>('[data-testid="gf-pause-site"]')!.click();
    expect(finding.querySelector('[data-testid="gf-feedback"]')!.textContent).toBe('Not promotional');
    root.querySelector('.card')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls).toEqual([`feedback:${rule}:Link in bio`, `mute:${rule}`, 'pauseSite', 'focus']);
    expect(root.querySelector<HTMLElement>('.card')!.hidden).toBe(true);
  });

  it('gives a family\'s advice once when a rule fires in several places, each place on one line', () => {
    const text = 'Only 3 left! Ends tonight! Last chance!';
    const report = check(text);
    const urgent = report.findings.filter((f) => f.rule === 'urgency');
    expect(urgent.length).toBeGreaterThan(1);
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
    view.update(text, report);
    const root = view.host.shadowRoot!;
    root.querySelector<HTMLElement>('[data-testid="gf-badge"]')!.click();
    const items = [...root.querySelectorAll<HTMLElement>('[data-testid="gf-finding"][data-rule="urgency"]')];
    expect(items).toHaveLength(urgent.length);
    expect(items.map((i) => i.querySelector('.suggestion') !== null)).toEqual(urgent.map((_, n) => n === 0));
    // The English message quotes the words already: the line says them once.
    expect(items.every((i) => i.querySelector('.line .message') && i.querySelector('[data-testid="gf-dismiss"]'))).toBe(true);
    expect(items.every((i) => i.querySelector('.quote') === null && i.querySelector('.message')!.textContent!.includes('“'))).toBe(true);
    // Two rows show; the rest wait behind "Show all".
    expect(items.map((i) => i.hidden)).toEqual(urgent.map((_, n) => n >= 2));
    root.querySelector<HTMLElement>('[data-testid="gf-show-all"]')!.click();
    expect(items.length).toBeGreaterThan(2);
    expect([...root.querySelectorAll<HTMLElement>('[data-testid="gf-finding"]')].every((i) => !i.hidden)).toBe(true);
  });

  it('reads in one language: the message from the catalog with its specifics, outside English the rule texts too', () => {
    const text = 'Link in bio';
    const finding = check(text).findings.find((f) => f.rule === 'call-to-action')!;
    const shown = () => {
      const view = new HintView(() => ({ parent: document.body, before: null }), noActions());
      view.update(text, check(text));
      view.host.shadowRoot!.querySelector<HTMLElement>('[data-testid="gf-badge"]')!.click();
      const item = view.host.shadowRoot!.querySelector('[data-testid="gf-finding"][data-rule="call-to-action"]')!;
      const read = (cls: string) => item.querySelector(`.${cls}`)?.textContent;
      return [read('message'), read('suggestion'), read('why')];
    };
    expect(shown()).toEqual([finding.message, finding.suggestion, en.ruleCallToActionWhy.message]);
    setFallbackMessages(es);
    try {
      expect(shown()).toEqual(['“Link in bio” pide a tus lectores que hagan algo por ti.', es.ruleCallToActionSuggestion.message, es.ruleCallToActionWhy.message]);
    } finally {
      setFallbackMessages(en);
    }
  });

  it('shows a pause card whose Post anyway sends once and whose Edit only closes', () => {
    const calls: string[] = [];
    const view = new HintView(() => ({ parent: document.body, before: null }), noActions(calls));
    view.update('Use my code SAVE20', check('Use my code SAVE20'));
    let sent = 0;
    view.showPause({ families: ['self-promotion'], oneIn: 5, postAnyway: () => sent++ });
    const root = view.host.shadowRoot!;
    expect(root.querySelector('[data-testid="gf-pause-card"]')!.textContent).toContain('at most 1 promotional post in 5');
    root.querySelector<HTMLElement>('[data-testid="gf-post-anyway"]')!.click();
    expect(sent).toBe(1);
    view.showPause({ families: ['self-promotion'], oneIn: 5, postAnyway: () => sent++ });
    root.querySelector<HTMLElement>('[data-testid="gf-edit"]')!.click();
    expect(sent).toBe(1);
    expect(calls).toEqual(['focus']);
  });
});

describe('breaksGoal', () => {
  it('judges one more take against the recent share', () => {
    expect(breaksGoal(['give', 'give', 'give', 'give'], 0.2)).toBe(false);
    expect(breaksGoal(['give', 'give', 'give'], 0.2)).toBe(true);
    expect(breaksGoal(['take', 'give', 'give', 'give', 'give', 'give', 'give', 'give', 'give'], 0.2)).toBe(false);
    expect(breaksGoal(['take', 'give', 'give', 'give'], 0.2)).toBe(true);
    expect(breaksGoal([], 1)).toBe(false);
  });
});

describe('flaggedPhrases', () => {
  it('keeps short flagged phrases, lower case, once each, never a whole long post', async () => {
    const { flaggedPhrases } = await import('../../lib/page/session');
    const text = 'Link in bio! Use my code SAVE20. Link in bio again, and a long sentence that goes on and on about nothing.';
    const phrases = flaggedPhrases(text, check(text));
    expect(phrases).toContain('link in bio');
    expect(phrases.every((p) => p.length <= 40 && p === p.toLowerCase())).toBe(true);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

// Mastodon on any instance: the content script only runs on hosts in the manifest (mastodon.social) or that the
// person granted, so an instance at a made-up host is tested here, on the fixture's own DOM, rather than end to end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapterForHost, adapterForPage } from '../../lib/sites';
import mastodon from '../../lib/sites/mastodon';
import { mountMastodon, type MastodonFixture } from '../fixtures/mastodon/app';

const INSTANCE = 'https://social.example.org';

/** The fixture's index.html (markers in <head>/<body>, minus its module script), then its app mounted. */
function loadFixture(route: string): MastodonFixture {
  const html = readFileSync(path.join(import.meta.dirname, '../fixtures/mastodon/index.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script[src]').forEach((s) => s.remove());
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return mountMastodon(document.getElementById('mastodon')!, new URL(route, INSTANCE));
}

const textarea = () => mastodon.findComposers(document)[0] as HTMLTextAreaElement;
const submitButton = () => document.querySelector<HTMLButtonElement>('form.compose-form button[type="submit"]')!;

function type(area: HTMLTextAreaElement, value: string): void {
  area.focus();
  area.value = value;
  area.setSelectionRange(value.length, value.length);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

function key(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('Mastodon on an instance found by its DOM', () => {
  it('is not served by host, but is detected by the app root and initial state', () => {
    const location = new URL(`${INSTANCE}/home`) as unknown as Location;
    expect(adapterForHost('social.example.org')).toBeUndefined();
    expect(adapterForPage(location, document)).toBeUndefined();
    loadFixture('/home');
    expect(adapterForPage(location, document)?.id).toBe('mastodon');
  });

  it('is detected by either marker alone', () => {
    loadFixture('/home');
    document.getElementById('mastodon')!.remove();
    expect(mastodon.detect!(document)).toBe(true);
    document.getElementById('initial-state')!.remove();
    expect(mastodon.detect!(document)).toBe(false);
  });

  it('finds the compose textarea, reads its value, and places the hint between it and the footer', () => {
    loadFixture('/home');
    expect(mastodon.findComposers(document)).toHaveLength(1);
    type(textarea(), 'line one\nline two');
    expect(mastodon.readText(textarea())).toBe('line one\nline two');
    const { parent, before } = mastodon.placeHint(textarea());
    expect(textarea().contains(parent)).toBe(false);
    expect(parent.contains(textarea())).toBe(true);
    expect((before as Element | null)?.contains(submitButton()) ?? false).toBe(false);
  });

  it('is a reply only while the reply indicator shows', () => {
    loadFixture('/home');
    expect(mastodon.isReply(textarea())).toBe(false);
    document.querySelector<HTMLButtonElement>('[data-fixture-reply="ada"]')!.click();
    expect(document.querySelector('form.compose-form .reply-indicator')).not.toBeNull();
    expect(mastodon.isReply(textarea())).toBe(true);
  });

  it('reads whom a reply answers from the reply indicator, as the same handle a mention of them writes', () => {
    loadFixture('/home');
    expect(mastodon.replyTo!(textarea())).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-fixture-reply="grace"]')!.click();
    expect(mastodon.replyTo!(textarea())).toEqual(['@grace']);
    const account = document.querySelector('.reply-indicator .display-name__account')!;
    // Newer versions show every account with its domain; on this server's own accounts a mention leaves it out.
    account.textContent = `@Grace@${location.hostname}`;
    expect(mastodon.replyTo!(textarea())).toEqual(['@grace']);
    account.textContent = '@grace@other.example';
    expect(mastodon.replyTo!(textarea())).toEqual(['@grace@other.example']);
    account.textContent = 'Grace Hopper';
    expect(mastodon.replyTo!(textarea())).toEqual([]);
  });

  it('submits on Ctrl/Cmd+Enter only with an enabled button, outside IME composition and the suggestion list', () => {
    const fixture = loadFixture('/home');
    const area = textarea();
    expect(mastodon.isSubmitKey(key({ ctrlKey: true }), area)).toBe(false); // empty: the button is disabled
    type(area, 'A tip: pin your base images.');
    expect(mastodon.isSubmitKey(key({ ctrlKey: true }), area)).toBe(true);
    expect(mastodon.isSubmitKey(key({ metaKey: true }), area)).toBe(true);
    expect(mastodon.isSubmitKey(key({}), area)).toBe(false);
    expect(mastodon.isSubmitKey(key({ ctrlKey: true, shiftKey: true }), area)).toBe(false);
    expect(mastodon.isSubmitKey(key({ ctrlKey: true, isComposing: true }), area)).toBe(false);
    type(area, 'Thanks @ali');
    expect(document.querySelector('.autosuggest-textarea__suggestions__item')).not.toBeNull();
    expect(mastodon.isSubmitKey(key({ ctrlKey: true }), area)).toBe(false);
    // The fixture agrees: that Ctrl+Enter picked a suggestion and posted nothing.
    area.dispatchEvent(key({ ctrlKey: true }));
    expect(area.value).toBe('Thanks @alice ');
    expect(fixture.posted).toEqual([]);
    expect(mastodon.isSubmitKey(key({ ctrlKey: true }), area)).toBe(true);
  });

  it('treats the enabled submit button as the control, but not while saving an edit', () => {
    loadFixture('/home');
    type(textarea(), 'A tip: pin your base images.');
    expect(mastodon.submitControl(submitButton())).toBe(submitButton());
    type(textarea(), '');
    expect(mastodon.submitControl(submitButton())).toBeNull();
    loadFixture('/home?edit=1');
    type(textarea(), 'A tip: pin your base images.');
    expect(submitButton().disabled).toBe(false);
    expect(mastodon.submitControl(submitButton())).toBeNull();
    expect(mastodon.isSubmitKey(key({ ctrlKey: true }), textarea())).toBe(false);
  });
});

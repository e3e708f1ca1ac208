// Instagram's adapter on hand-built DOM: what the browser tests cannot easily produce (IME composition, other
// languages, the settings pages' bio textarea).
import { afterEach, describe, expect, it } from 'vitest';
import instagram from '../../lib/sites/instagram';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

/** A comment form as Instagram renders it, in Swedish: no English label to lean on. */
function commentForm(): { form: HTMLFormElement; textarea: HTMLTextAreaElement; emoji: HTMLElement; post: HTMLElement } {
  const form = document.createElement('form');
  const emoji = document.createElement('div');
  emoji.setAttribute('role', 'button');
  emoji.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const textarea = document.createElement('textarea');
  textarea.setAttribute('aria-label', 'Lägg till en kommentar …');
  const post = document.createElement('div');
  post.setAttribute('role', 'button');
  post.textContent = 'Publicera';
  form.append(emoji, textarea, post);
  document.body.append(form);
  return { form, textarea, emoji, post };
}

const enter = (init: KeyboardEventInit & { keyCode?: number } = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('Instagram comments', () => {
  it('finds a localised comment box by structure and treats it as a reply', () => {
    const { textarea } = commentForm();
    expect(instagram.findComposers(document)).toEqual([textarea]);
    expect(instagram.isReply(textarea)).toBe(true);
  });

  it('leaves the profile bio on settings pages alone', () => {
    history.replaceState(null, '', '/accounts/edit/');
    commentForm();
    expect(instagram.findComposers(document)).toEqual([]);
  });

  it('submits on bare Enter only, never during IME composition', () => {
    const { textarea, post } = commentForm();
    expect(instagram.isSubmitKey(enter(), textarea)).toBe(true);
    expect(instagram.isSubmitKey(enter({ shiftKey: true }), textarea)).toBe(false);
    expect(instagram.isSubmitKey(enter({ isComposing: true }), textarea)).toBe(false);
    expect(instagram.isSubmitKey(enter({ keyCode: 229 }), textarea)).toBe(false);
    expect(instagram.isSubmitKey(enter({ ctrlKey: true }), textarea)).toBe(false);
    post.setAttribute('aria-disabled', 'true');
    expect(instagram.isSubmitKey(enter(), textarea)).toBe(false);
  });

  it('takes the text-only button as the submit, not the emoji button', () => {
    const { emoji, post } = commentForm();
    expect(instagram.submitControl(post)).toBe(post);
    expect(instagram.submitControl(emoji.firstElementChild!)).toBeNull();
    post.setAttribute('aria-disabled', 'true');
    expect(instagram.submitControl(post)).toBeNull();
  });
});

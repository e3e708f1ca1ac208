// Facebook's adapter on hand-built DOM: Enter rules the browser tests cannot easily produce (IME composition, an
// open mention list) and a "Comment" button that comes before the box (an action bar), which must never send it.
import { afterEach, describe, expect, it } from 'vitest';
import facebook from '../../lib/sites/facebook';

afterEach(() => {
  document.body.replaceChildren();
});

function lexical(label: string): HTMLElement {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.dataset.lexicalEditor = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-label', label);
  return box;
}

function roleButton(label: string): HTMLElement {
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.setAttribute('aria-label', label);
  return button;
}

const enter = (init: KeyboardEventInit & { keyCode?: number } = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('Facebook', () => {
  it('finds comment, reply and post-dialog boxes, never a Messenger box', () => {
    const comment = lexical('Comment as Ada Lovelace');
    const reply = lexical('Reply to Grace Hopper');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Create post');
    const post = lexical("What's on your mind, Ada?");
    dialog.append(post);
    const messenger = lexical('Message');
    document.body.append(comment, reply, dialog, messenger);
    expect(facebook.findComposers(document)).toEqual([comment, reply, post]);
    expect([comment, reply, post].map((e) => facebook.isReply(e))).toEqual([true, true, false]);
  });

  it('sends a comment on bare Enter only: not with Shift, during IME composition, or with a mention list open', () => {
    const comment = lexical('Comment as Ada Lovelace');
    document.body.append(comment);
    expect(facebook.isSubmitKey(enter(), comment)).toBe(true);
    expect(facebook.isSubmitKey(enter({ shiftKey: true }), comment)).toBe(false);
    expect(facebook.isSubmitKey(enter({ isComposing: true }), comment)).toBe(false);
    expect(facebook.isSubmitKey(enter({ keyCode: 229 }), comment)).toBe(false);
    comment.setAttribute('aria-activedescendant', 'typeahead-item-0');
    expect(facebook.isSubmitKey(enter(), comment)).toBe(false);
  });

  it('does not send the post dialog on Enter', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Create post');
    const post = lexical("What's on your mind, Ada?");
    dialog.append(post);
    document.body.append(dialog);
    expect(facebook.isSubmitKey(enter(), post)).toBe(false);
  });

  it('takes a Comment button after the box as its send, but not one before it', () => {
    const article = document.createElement('div');
    const actionBar = roleButton('Comment');
    const comment = lexical('Comment as Ada Lovelace');
    const send = roleButton('Comment');
    article.append(actionBar, comment, send);
    document.body.append(article);
    expect(facebook.submitControl(send)).toBe(send);
    expect(facebook.submitControl(actionBar)).toBeNull();
    send.setAttribute('aria-disabled', 'true');
    expect(facebook.submitControl(send)).toBeNull();
  });
});

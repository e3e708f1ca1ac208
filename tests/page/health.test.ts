import { afterEach, describe, expect, it } from 'vitest';
import { editingHost, isSubmitLike, MIN_EDITOR_HEIGHT, MIN_EDITOR_WIDTH, unclaimedEditor } from '../../lib/page/health';
import linkedin from '../../lib/sites/linkedin';
import x from '../../lib/sites/x';

afterEach(() => {
  document.body.replaceChildren();
});

/** happy-dom has no layout: each test says how big the editor is drawn. */
const BIG = { width: 560, height: 120 };
const sized = (size: { width: number; height: number }) => () => size;
const claimsNothing = { findComposers: () => [] };

function mount(html: string): Document {
  document.body.innerHTML = html; // fixed test markup, no post text
  return document;
}
const focusTarget = () => document.querySelector<HTMLElement>('[data-focus]')!;

describe('unclaimedEditor', () => {
  it('notes a big contenteditable beside a "Post" button that the adapter does not claim', () => {
    mount(`<div role="dialog"><div class="ProseMirror" contenteditable="true" role="textbox"><p data-focus>secret words</p></div>
      <div class="footer"><button type="button" aria-label="Add media"></button><button type="button">Post</button></div></div>`);
    const sighting = unclaimedEditor(focusTarget(), claimsNothing, sized(BIG));
    expect(sighting).toEqual({ kind: 'contenteditable', role: 'textbox', width: 560, height: 120, library: 'prosemirror', submit: 'button' });
    expect(JSON.stringify(sighting)).not.toContain('secret');
  });

  it('notes a big textarea in a form with a submit button labelled in another language', () => {
    mount(`<form><textarea data-focus></textarea><div><div role="button" tabindex="0">Publicar</div></div></form>`);
    expect(unclaimedEditor(focusTarget(), claimsNothing, sized(BIG))).toMatchObject({ kind: 'textarea', role: '', submit: 'div[role=button]' });
  });

  it('stays quiet when the adapter claims the editor (X with its attributes)', () => {
    mount(`<div data-testid="tweetTextarea_0RichTextInputContainer"><div class="public-DraftEditor-content" contenteditable="true"
      role="textbox" data-testid="tweetTextarea_0" data-focus></div></div><button type="button" data-testid="tweetButtonInline">Post</button>`);
    expect(x.findComposers(document)).toHaveLength(1);
    expect(unclaimedEditor(focusTarget(), x, sized(BIG))).toBeNull();
  });

  it('notes the same X editor once its identifying attributes are gone', () => {
    mount(`<div><div><div class="public-DraftEditor-content" contenteditable="true" role="textbox" data-focus></div></div>
      <div class="row"><button type="button">Post</button></div></div>`);
    expect(x.findComposers(document)).toHaveLength(0);
    expect(unclaimedEditor(focusTarget(), x, sized(BIG))).toMatchObject({ library: 'draft-js', role: 'textbox' });
  });

  it('stays quiet for a claimed LinkedIn share box, and notes it once its component key is gone', () => {
    const box = (key: string) => `<div data-sdui-screen="x"><div ${key}><div class="tiptap ProseMirror" contenteditable="true"
      role="textbox" data-focus></div></div><div class="footer"><button type="button">Post</button></div></div>`;
    mount(box('componentkey="ShareBox_textEditor"'));
    expect(unclaimedEditor(focusTarget(), linkedin, sized(BIG))).toBeNull();
    mount(box(''));
    expect(unclaimedEditor(focusTarget(), linkedin, sized(BIG))).not.toBeNull();
  });

  it("stays quiet for a title field that shares its Post button with the adapter's claimed editor", () => {
    mount(`<form><textarea name="title" data-focus></textarea><div data-testid="tweetTextarea_0" contenteditable="true"></div>
      <button type="button">Post</button></form>`);
    expect(x.findComposers(document)).toHaveLength(1);
    expect(unclaimedEditor(focusTarget(), x, sized(BIG))).toBeNull();
    expect(unclaimedEditor(focusTarget(), claimsNothing, sized(BIG))).not.toBeNull();
  });

  // Editors and fields that must never be taken for a post editor.
  it.each([
    ['a search box', `<form role="search"><div contenteditable="true" data-focus></div><button type="submit">Search</button></form>`, BIG],
    ['a combobox', `<div><div contenteditable="true" role="combobox" data-focus></div><button>Post</button></div>`, BIG],
    ['a text input', `<form><input type="text" data-focus><button type="submit">Post</button></form>`, BIG],
    ['a small contenteditable', `<div><div contenteditable="true" data-focus></div><button>Post</button></div>`, { width: 150, height: 24 }],
    ['a one-line strip', `<div><div contenteditable="true" data-focus></div><button>Post</button></div>`, { width: 600, height: MIN_EDITOR_HEIGHT - 1 }],
    ['a narrow column', `<div><div contenteditable="true" data-focus></div><button>Post</button></div>`, { width: MIN_EDITOR_WIDTH - 1, height: 200 }],
    ['a direct message box beside "Send"', `<div><div contenteditable="true" data-focus></div><button>Send</button></div>`, BIG],
    ['a profile text beside "Save"', `<div><textarea data-focus></textarea><button>Save</button></div>`, BIG],
    ['a big editor with no control near it', `<section><div><div><div><div><div><div contenteditable="true" data-focus></div></div></div></div></div></div><button>Post</button></section>`, BIG],
    ['a read-only textarea', `<div><textarea readonly data-focus></textarea><button>Post</button></div>`, BIG],
    ['a button inside the editor only', `<div><div contenteditable="true" data-focus><button>Post</button></div></div>`, BIG],
    ['a plain link', `<div><a href="#" data-focus>Post</a><button>Post</button></div>`, BIG],
  ])('stays quiet for %s', (_, html, size) => {
    mount(html);
    expect(unclaimedEditor(focusTarget(), claimsNothing, sized(size))).toBeNull();
  });
});

describe('editingHost', () => {
  it('climbs from a paragraph to the outermost contenteditable', () => {
    mount(`<div id="host" contenteditable="true"><p><span data-focus>a</span></p></div>`);
    expect(editingHost(focusTarget())?.id).toBe('host');
  });
});

describe('isSubmitLike', () => {
  it.each([
    ['<button>Post</button>', true],
    ['<button>Post all</button>', true],
    ['<div role="button" aria-label="Publish post"></div>', true],
    ['<button>Répondre</button>', true],
    ['<button>Veröffentlichen</button>', true],
    ['<button type="submit"></button>', true],
    ['<input type="submit" value="Go">', true],
    ['<button>Cancel</button>', false],
    ['<button>Send</button>', false],
    ['<button>Postpone the meeting until the next sprint please</button>', false],
    ['<button aria-label="Add media"></button>', false],
  ])('%s → %s', (html, expected) => {
    mount(html);
    expect(isSubmitLike(document.body.firstElementChild!)).toBe(expected);
  });
});

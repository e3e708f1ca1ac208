// X: whom a reply answers is the author of the post shown with the reply box, read from its profile links.
import { afterEach, describe, expect, it } from 'vitest';
import x from '../../lib/sites/x';

const COMPOSER = '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>';
const tweet = (handle: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}" role="link"><span>Name</span></a>` +
  `<a href="/${handle}" role="link"><span>@${handle}</span></a></div><div data-testid="tweetText">A post</div></article>`;

afterEach(() => document.body.replaceChildren());
const editable = () => x.findComposers(document)[0]!;

describe('X reply targets', () => {
  it.each([
    ['a reply modal: the post above the box', `<div role="dialog" aria-labelledby="modal-header">${tweet('Ada_Dev')}${COMPOSER}</div>`, ['@ada_dev']],
    ['an inline reply: the last post before the box', `${tweet('grace')}${tweet('ada_dev')}<div data-testid="inline_reply_offscreen">${COMPOSER}</div>${tweet('later')}`, ['@ada_dev']],
    // Quiet: a quote shows the post below the box; the home box answers no one; a link that is no handle.
    ['a quote modal', `<div role="dialog" aria-labelledby="modal-header">${COMPOSER}${tweet('ada_dev')}</div>`, []],
    ['the home box', `${tweet('ada_dev')}<main>${COMPOSER}</main>`, []],
    ['a link that is not a profile', `<div role="dialog">${tweet('ada_dev/status/1')}${COMPOSER}</div>`, []],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(x.replyTo!(editable())).toEqual(expected);
  });
});

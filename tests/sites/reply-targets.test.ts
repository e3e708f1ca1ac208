// Whom a reply answers on Reddit and YouTube: the author of the comment the reply box opened under, as the page
// shows it. Top-level boxes (answering the post or the video) name no one.
import { afterEach, describe, expect, it } from 'vitest';
import reddit from '../../lib/sites/reddit';
import youtube from '../../lib/sites/youtube';

afterEach(() => document.body.replaceChildren());

const NEW_BOX = '<comment-composer-host><shreddit-composer><div contenteditable="true" role="textbox"><p>Tip</p></div></shreddit-composer></comment-composer-host>';
const OLD_BOX = '<form class="usertext"><div class="usertext-edit"><textarea name="text"></textarea></div></form>';

describe('Reddit reply targets', () => {
  it.each([
    ['a reply under a comment (new Reddit)', `<shreddit-comment author="Ada_Dev" thingid="t1_x"><p>Q</p>${NEW_BOX}</shreddit-comment>`, ['@ada_dev']],
    ['a reply under a comment (old Reddit)', `<div class="thing comment" data-author="ada"><div class="entry"></div><div class="child">${OLD_BOX}</div></div>`, ['@ada']],
    // Quiet: the top-level box answers the post; a deleted comment's author is no username.
    ['the top-level box (new Reddit)', NEW_BOX, []],
    ['the top-level box (old Reddit)', `<div class="commentarea">${OLD_BOX}</div>`, []],
    ['a deleted author', `<shreddit-comment author="[deleted]">${NEW_BOX}</shreddit-comment>`, []],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(reddit.replyTo!(reddit.findComposers(document)[0]!)).toEqual(expected);
  });
});

const YT_BOX = '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div><div id="footer"></div></ytd-commentbox>';
const comment = (author: string) => `<ytd-comment-view-model id="comment"><div id="author-text"> ${author} </div><yt-attributed-string id="content-text">Q</yt-attributed-string></ytd-comment-view-model>`;

describe('YouTube reply targets', () => {
  it.each([
    ['a reply to a thread\'s comment', `<ytd-comment-thread-renderer>${comment('@Ada')}<ytd-comment-replies-renderer>${YT_BOX}</ytd-comment-replies-renderer></ytd-comment-thread-renderer>`, ['@ada']],
    ['a reply to a reply: its author, not the thread\'s', `<ytd-comment-thread-renderer>${comment('@ada')}<ytd-comment-replies-renderer>${comment('@grace')}${YT_BOX}${comment('@later')}</ytd-comment-replies-renderer></ytd-comment-thread-renderer>`, ['@grace']],
    // Quiet: a top-level comment answers the video; an author shown by name only.
    ['a top-level comment', `<div id="simple-box">${YT_BOX}</div><ytd-comment-thread-renderer>${comment('@ada')}</ytd-comment-thread-renderer>`, []],
    ['an author without a handle', `<ytd-comment-thread-renderer>${comment('Ada Lovelace')}${YT_BOX}</ytd-comment-thread-renderer>`, []],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(youtube.replyTo!(youtube.findComposers(document)[0]!)).toEqual(expected);
  });
});

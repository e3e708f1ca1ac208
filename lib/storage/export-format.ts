// What names a Give First export file, apart from the code that reads and writes it, so a test or a page can know
// the format without loading storage.
export const EXPORT_FORMAT = 'give-first-history';
/** 2 adds each post's people, topics and correction (and the people page's choices); version 1 files import as before.
 * A reply's `replyTo` is optional within 2: a reader that predates it drops it and loses nothing else. */
export const EXPORT_VERSION = 2;

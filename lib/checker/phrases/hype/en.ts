// English hype frames and calls to jump in. "Join us" and "follow her" are left out: the first invites, the second
// credits someone else; "join the" counts only with a thing one can join ("join the club" agrees).
import { HYPE_WHY as WHY, type HypeLexicon } from './entry';

export const enHype: HypeLexicon = {
  hype: [
    { pattern: 'to the moon|(?:set|headed|heading|going|ready) (?:for|to) (?:the )?moon|moon(?:ing)? together', why: WHY.moon, example: 'the plane is set for the moon' },
    { pattern: '\\d+x (?:gem|potential|gains?|incoming|soon|assured|is assured|on track|on the way)', why: WHY.multiplier, example: 'definitely 100x is assured' },
    { pattern: "(?:don't|do not|dont) (?:you )?(?:miss|sleep on)", why: WHY.dontMiss, example: "Don't miss the free mint on Friday" },
    { pattern: "you(?:'re| are) (?:still |so |very |extremely |super )?early|before (?:it's|its|it is) too late", why: WHY.early, example: "If you're seeing this, you're extremely early" },
    { pattern: 'instead of (?:watching|scrolling|binging|bingeing)', why: WHY.instead, example: 'Instead of watching a 2-hour movie, watch this' },
    { pattern: 'thank me later|look no further|(?:a |the )?game[- ]?changer|(?:the )?next big thing|(?:absolutely |literally )?insane', why: WHY.promise, example: 'watch this masterclass and thank me later' },
    { pattern: '(?:huge|massive|big|major) (?:news|update|announcement|release|drop|opportunity|giveaway|alpha)', why: WHY.bigNews, example: 'There will be a massive giveaway on this account' },
  ],
  jumpIn: [
    { pattern: 'load (?:up )?(?:ur|your|the) bags|hop on|ape in|jump (?:on (?:it|this|board)|in (?:now|early|before))|get in (?:now|early|before|on (?:it|this|the))|get on board', why: WHY.buyIn, example: 'Hop on before the next leg up' },
    { pattern: 'be (?:part of|there|early)|secure (?:your|a) (?:spot|place|seat|slot|allocation)', why: WHY.takePart, example: 'Be there as we grow together' },
    { pattern: 'claim (?:yours|your|it|now|them)|mint (?:now|yours|here|today)|buy (?:now|some|in|the dip|before)', why: WHY.claim, example: 'Claim your spot now' },
    { pattern: 'join (?:now|today|here|in|our|the (?:waitlist|wait list|beta|presale|pre-sale|community|server|discord|group|list|movement|fun))', why: WHY.join, example: 'Join the presale today' },
    { pattern: 'bookmark (?:it|this)|set (?:a |your )?reminders?|turn on (?:post )?notifications', why: WHY.remind, example: 'You can bookmark it' },
    {
      pattern: '(?:watch|save|bookmark|listen to) this (?:[\\p{L}\\p{N}.-]+ ){0,3}?(?:masterclass|video|course|tutorial|breakdown|podcast|interview|lecture)',
      why: WHY.mustWatch,
      example: 'watch this masterclass on sourdough',
    },
  ],
};

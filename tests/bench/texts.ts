// The posts the benchmark checks: realistic shapes at exactly 280 and 3,000 characters (the peers' speeds were
// measured on the same two shapes: a promotional tweet and a long LinkedIn-style post with lessons, credit and a
// question).

const SHORT = [
  'New drop is live 🔥 Use code SAVE20 for 20% off this weekend only, link in bio 👉 https://shop.example.com/drop?utm_source=x&utm_medium=social Follow me for more deals! Only 12 left in stock, don’t miss out. #handmade #shopsmall #giftideas #etsy #sale #smallbusiness #ceramics',
  'Pottery tip that took me 3 years to learn: if your glaze crawls, it is usually dust or oil on the bisque. Wipe every piece with a barely damp sponge before glazing. That fixed about 90% of my crawling. Thanks to @mira for the tip! What fixed it for you? #pottery #ceramics',
  'Check this out!! 😮 https://news.example.org/2025/03/small-shops-holiday-season?utm_source=twitter thoughts? I think this is going to change a lot for small shops this year, not sure how yet, would love to hear from anyone who sells at markets or online. #smallbusiness',
  'Q for other bakers: our walk-in cooler pulls about 3x the power it did last winter with the same usage. The tech says the compressor is fine. Has anyone had this turn out to be the door gasket, or something else? Trying to avoid a $4k replacement before the holidays. Ohio.',
];

// Long enough to fill 3,000 characters without repeating itself, as a real long post would.
export const LONG_PARAGRAPHS = [
  'I have been job hunting for five months after a layoff. Here is what actually got me interviews, and what did not, with the numbers from my own spreadsheet.',
  '❌ 200 applications with the same resume: 2 callbacks.\n✅ Tailoring the top third of my resume to each posting: 9 callbacks out of 40.\n✅ Messaging the hiring manager, not the recruiter, with one specific sentence about their team’s recent work.\n❌ Easy Apply: 0 responses, ever.',
  'The biggest shift was treating each application like a tiny project instead of a lottery ticket. I kept a spreadsheet with the posting, the one problem I thought the team had, and the sentence I would open with.',
  'Three things I would tell anyone starting now:\n1. Pick 15 companies you would actually enjoy and learn what they shipped this year.\n2. Write your opener before your cover letter. If the opener is generic, the letter will be too.\n3. Ask for 20 minutes, not for a job. People say yes to a small ask.',
  'What did not work: a portfolio site with twelve projects. Nobody clicked past the second one. I cut it to three case studies, each with the problem, what I tried first, what failed, and the result in one number.',
  'Interviews went better once I stopped memorising answers and started bringing notes: two stories about conflict, one about a mistake I made and fixed, and one about a project I would do differently today.',
  'Huge thanks to @dana_writes for the resume teardown thread that started all of this, and to the people in the Tuesday career circle at the library who read my drafts every week and told me honestly when they were boring.',
  'A note on recruiters: the good ones told me within a day whether I was a fit. The rest went quiet. I stopped waiting after a week and followed up once, politely, with one new thing I had learned about their company.',
  'Money, since people asked: I applied for unemployment in week one, cut two subscriptions, and picked up eight hours a week of contract work through a former colleague. That contract turned into the reference that got me my final round.',
  'Tools I used: a plain spreadsheet, a calendar reminder every Friday to review the week, and a text file of every question I was asked in interviews. By the end it had 64 questions, and most repeated, so I practised those out loud.',
  'The hardest part was not the rejections but the silence. What helped was a rule: one hour of applications, one hour of learning something new, and one hour outside, every weekday. Weekends off, no exceptions, even when it felt wrong.',
  'For managers reading this: a two-line rejection within a week is a kindness. Candidates remember the companies that answered, and several of mine are now on my list of places to recommend to friends.',
  'If you are in the same spot, happy to swap resume feedback. No pitch, just mutual help. What worked for you? I am curious whether the hiring manager message works as well outside tech, in nonprofits or in schools.',
  'Our new course on job searching is live though, and if you want the full system you can use code JOBS20 for 20% off, link in bio. Only 30 seats this round! #jobsearch #careers #hiring #resume #opentowork',
];

/** Cuts to exactly `n` UTF-16 units, backing off so no surrogate pair is split. */
export function exactly(text: string, n: number): string {
  let out = text;
  while (out.length < n) out = `${out}\n\n${text}`;
  let cut = n;
  const code = out.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return out.slice(0, cut).padEnd(n, ' ');
}

export const SHORT_POSTS: readonly string[] = SHORT.map((t) => exactly(t, 280));

/** Four long posts: the paragraphs in rotated order, so each text differs while the shape stays the same. */
export const LONG_POSTS: readonly string[] = [0, 4, 8, 11].map((shift) => {
  const paras = [...LONG_PARAGRAPHS.slice(shift), ...LONG_PARAGRAPHS.slice(0, shift)];
  return exactly(paras.join('\n\n'), 3000);
});

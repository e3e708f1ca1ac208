import { readFileSync } from 'node:fs';
import { ruleInput } from '../lib/checker/input';
const lines = readFileSync(process.argv[2]!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const l of lines) {
  const input: any = (ruleInput as any)(l.text, { lang: l.lang, reply: !!l.reply, platform: 'x' });
  const ev = input.evidence;
  console.log(l.text.slice(0, 70), '| give', ev.give, 'take', ev.takeaway, '| specifics', ev.specifics.length, 'free', ev.freeContentWords, '| signals', ev.signals.map((s: any) => s.signal + ':' + l.text.slice(s.start, s.end).slice(0, 25)).join('; '));
}

import { readFileSync } from 'node:fs';
import { ruleInput } from '../lib/checker/input';
const key = process.argv[3]!;
for (const l of readFileSync(process.argv[2]!, 'utf8').trim().split('\n').map((x) => JSON.parse(x))) {
  const input: any = (ruleInput as any)(l.text, { lang: l.lang, reply: !!l.reply, platform: 'x' });
  console.log(l.text.slice(0, 60), '|', input.find(key).map((m: any) => l.text.slice(m.start, m.end)), '| aboutMe?', input.evidence.signals.map((s: any) => s.signal).join(','));
}

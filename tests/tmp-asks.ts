import { readFileSync } from 'node:fs';
import { ruleInput } from '../lib/checker/input';
for (const l of readFileSync(process.argv[2]!, 'utf8').trim().split('\n').map((x) => JSON.parse(x))) {
  const input: any = (ruleInput as any)(l.text, { lang: l.lang, reply: !!l.reply, platform: 'x' });
  const keys = ['brag', 'callToAction', 'urgency', 'release', 'available', 'invitation', 'bait', 'hype'];
  console.log(l.text.slice(0, 50), '| asks', input.evidence.asks.map((a: any) => l.text.slice(a.start, a.end)), '| plugs', input.evidence.plugs.map((a: any) => l.text.slice(a.start, a.end)), '|', keys.map((k) => { try { return k + ':' + input.find(k).map((m: any) => l.text.slice(m.start, m.end)).join('/'); } catch { return ''; } }).filter((x: string) => !x.endsWith(':')).join(' '));
}

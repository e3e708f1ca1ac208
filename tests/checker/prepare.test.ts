import { describe, expect, it } from 'vitest';
import { check, prepare, prepareSteps } from '../../lib/checker';
import { phraseBookCompiles } from '../../lib/checker/phrases/book';

describe('prepare', () => {
  it('compiles a language once, so the next check in it compiles nothing', () => {
    const before = phraseBookCompiles();
    prepare('es');
    expect(phraseBookCompiles()).toBe(before + 1);
    prepare('es');
    expect(phraseBookCompiles()).toBe(before + 1);
    const report = check('Hola a todos, hoy os cuento cómo hago el pan en casa con masa madre', { lang: 'es' });
    expect(report.kind).toBeDefined();
    expect(phraseBookCompiles()).toBe(before + 1);
  });

  it('leaves a language unprepared until asked, and then the check compiles it', () => {
    const before = phraseBookCompiles();
    check('Hallo zusammen, heute erzähle ich euch, wie ich mein Brot backe', { lang: 'de' });
    expect(phraseBookCompiles()).toBe(before + 1);
    prepare('de');
    expect(phraseBookCompiles()).toBe(before + 1);
  });

  it('gives the same report whether the language was prepared or not', () => {
    const text = 'Bonjour à tous ! Abonnez-vous à ma chaîne, lien dans la bio';
    const cold = check(text, { lang: 'pt' });
    prepare('fr');
    const warm = check(text, { lang: 'fr' });
    expect(check(text, { lang: 'pt' })).toEqual(cold);
    expect(warm.findings.length).toBeGreaterThan(0);
  });

  it('comes in two steps (English: no test above checked it), the phrase book first, and has none left once they ran', () => {
    const before = phraseBookCompiles();
    const steps = prepareSteps('en');
    expect(steps).toHaveLength(2);
    steps[0]!();
    expect(phraseBookCompiles()).toBe(before + 1);
    expect(prepareSteps('en')).toHaveLength(2);
    steps[1]!();
    expect(phraseBookCompiles()).toBe(before + 1);
    expect(prepareSteps('en')).toEqual([]);
  });
});

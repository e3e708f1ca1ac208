// The parts of a check computed on first read (the model's score, its strongest words) are getters on a class, never
// getters in an object literal: V8 gives every literal whose getter is a fresh closure a hidden class of its own,
// held from old space, and that kept each check's tokens and words alive through the next young-generation
// collections (~2.3 MB copied per scavenge at 3,000 characters, the benchmark's p99 tail).
import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../lib/checker';
import { score } from '../../lib/checker/model';

function ownGetters(value: object): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(value))
    .filter(([, d]) => d.get !== undefined)
    .map(([name]) => name);
}

describe('lazy parts of a check', () => {
  const text = 'Subscribe to my channel for the full video, link in bio';

  it('are read through the prototype, not an accessor of each object', () => {
    const input = ruleInput(text, { now: 0 });
    expect(ownGetters(input)).toEqual([]);
    expect(ownGetters(input.model)).toEqual([]);
  });

  it('give the same values as computing them afresh', () => {
    const input = ruleInput(text, { now: 0 });
    const fresh = score(text, input.doc.tokens);
    expect(input.model.promotion).toBe(fresh.promotion);
    expect(input.model.bait).toBe(fresh.bait);
    expect(input.model.top).toEqual(fresh.top);
    expect(input.model.focus).toEqual(fresh.focus);
    expect(input.model).toBe(input.model);
  });
});

import { describe, expect, it } from 'vitest';
import { porterStem } from '../../../../shared/nlp/summarize/porter-stem';

// Examples from Porter (1980), "An algorithm for suffix stripping", steps 1–5.
const CASES: readonly [string, string][] = [
  ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['feed', 'feed'], ['agreed', 'agre'],
  ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['hopping', 'hop'], ['filing', 'file'],
  ['happy', 'happi'], ['relational', 'relat'], ['conditional', 'condit'], ['triplicate', 'triplic'],
  ['hopeful', 'hope'], ['goodness', 'good'], ['adjustable', 'adjust'], ['probate', 'probat'], ['controlling', 'control'],
  ['talks', 'talk'], ['talked', 'talk'], ['talking', 'talk'],
];

describe('porterStem', () => {
  it.each(CASES)('stems %s to %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

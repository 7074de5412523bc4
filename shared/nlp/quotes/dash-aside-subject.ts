import { SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { SUBJECT_PRONOUNS } from '../lang/en/pronouns';
import { barePluralSubjectEndingAt } from './bare-plural-subject';
import { nounPhraseEndingAt, type TokenRange } from './noun-phrases';
import { extendSubjectLeft } from './subject-extension';
import type { Token } from './tokens';

/** Tokens an aside in dashes may hold: "Many speakers at the service — including Muslims, Christians, Catholics, Jews — said". */
const MAX_DASH_ASIDE = 30;
/** A dash of any width; "--" and a spaced hyphen come as runs of "-" tokens. */
const isDash = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && (t.lower === '—' || t.lower === '–' || t.lower === '-' || t.lower === '--');
/** Words that open an aside which annotators leave out of the source: "Joyce — who is listed as an attorney — told". */
const RELATIVE_ASIDE = new Set(['who', 'which', 'whose', 'whom', 'after', 'before', 'when', 'while']);

/**
 * For a dash right before a cue (`closing`), the subject whose aside in dashes it closes: "Intelligence officials
 * — including NSA Director Adm. Michael Rogers — have long argued", "Murphy — after a knock-on-wood gesture —
 * told". The comma rules skip asides in commas only, so without this the verb finds no subject. The subject must
 * open its clause (nothing but punctuation or the unit start before it). The range runs to the end of the aside,
 * as annotators mark it, unless the aside is a relative or time clause.
 */
export function subjectBeforeDashAside(tokens: readonly Token[], closing: number, lowerBound: number): TokenRange | null {
  let k = closing;
  while (k > lowerBound && isDash(tokens[k - 1])) k--;
  const asideLast = k - 1;
  for (let open = asideLast - 1; open > lowerBound && closing - open <= MAX_DASH_ASIDE; open--) {
    const t = tokens[open] as Token;
    if (t.kind === 'quote' || t.lower === '.' || t.lower === ';') return null;
    if (!isDash(t)) continue;
    let end = open - 1;
    while (end > lowerBound && isDash(tokens[end])) end--;
    const bare = barePluralSubjectEndingAt(tokens, end, lowerBound);
    const np = bare ?? nounPhraseEndingAt(tokens, end, lowerBound);
    if (!np) return null;
    const subject = extendSubjectLeft(tokens, np, lowerBound);
    // "The economy grew — slowly — said the report": a lower-case word before the dash is likelier a verb than a
    // speaker, unless it names one or the subject runs on past it ("Many speakers at the service — …").
    const head = tokens[end] as Token;
    if (!bare && !head.capitalized && !SPEAKER_ROLE_NOUNS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower) && subject.first === np.first) return null;
    const before = subject.first > lowerBound ? tokens[subject.first - 1] : undefined;
    if (before !== undefined && before.kind === 'word' && before.lower !== 'and' && before.lower !== 'but') return null;
    const firstOfAside = tokens[open + 1] as Token;
    return RELATIVE_ASIDE.has(firstOfAside.lower) ? subject : { first: subject.first, last: asideLast };
  }
  return null;
}

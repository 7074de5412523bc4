import { ADVERBIAL_IDIOM_NOUNS, CLAUSAL_CUES, CUE_EXTENSIONS, CUE_PARTICLE_PHRASES, CUE_PARTICLES, RAISING_CUES } from '../lang/en/cue-phrases';
import { TIME_ADVERBIAL_NOUNS } from '../lang/en/subject-time-adverbials';
import { matchesPhrase } from './cue-candidates';
import type { Token } from './tokens';

/**
 * The particles of CUE_PARTICLE_PHRASES keyed by their verb, built once at load: every cue asks
 * about its next word, and two map lookups cost less than gluing "verb particle" into a fresh
 * string per cue. A phrase is split at its first space; tokens hold no spaces, so a longer phrase
 * could never have matched a pair anyway and never matches here either.
 */
const PARTICLES_BY_VERB: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byVerb = new Map<string, Set<string>>();
  for (const phrase of CUE_PARTICLE_PHRASES) {
    const space = phrase.indexOf(' ');
    if (space < 0) continue;
    const verb = phrase.slice(0, space);
    let particles = byVerb.get(verb);
    if (!particles) byVerb.set(verb, (particles = new Set()));
    particles.add(phrase.slice(space + 1));
  }
  return byVerb;
})();

/** Whether `verb particle` ("called for", "pointed out") is one cue. */
function isCueParticlePhrase(verb: string, particle: string): boolean {
  return PARTICLES_BY_VERB.get(verb)?.has(particle) === true;
}

/**
 * Whether the word at `at`, right after the cue verb at `verb`, belongs to the cue: a mined pair ("called for"),
 * or a preposition of CUE_PARTICLES after a verb that does not report whole statements ("railed about the
 * deal"), unless it opens a time adverbial ("warned on Tuesday") or a set one ("spoke on condition of
 * anonymity") or follows a raising verb, where it names a
 * place ("appeared on "Meet the Press"").
 */
export function joinsCueAsParticle(tokens: readonly Token[], verb: number, at: number, end: number): boolean {
  const verbWord = (tokens[verb] as Token).lower;
  const particle = tokens[at];
  if (particle?.kind !== 'word' || at >= end) return false;
  if (isCueParticlePhrase(verbWord, particle.lower)) return true;
  if (!CUE_PARTICLES.has(particle.lower) || CLAUSAL_CUES.has(verbWord) || RAISING_CUES.has(verbWord)) return false;
  const next = tokens[at + 1];
  if (at + 1 >= end || next === undefined || TIME_ADVERBIAL_NOUNS.has(next.lower)) return false;
  const noun = next.lower === 'the' ? tokens[at + 2] : next;
  return !ADVERBIAL_IDIOM_NOUNS.has(noun?.lower ?? '');
}

/** CUE_EXTENSIONS grouped by first word, each group in lexicon order so the first match is the same one. */
const EXTENSIONS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const phrase of CUE_EXTENSIONS) {
    const first = phrase[0] ?? '';
    let group = byFirst.get(first);
    if (!group) byFirst.set(first, (group = []));
    group.push(phrase);
  }
  return byFirst;
})();

/** The first of CUE_EXTENSIONS ("in a statement") that starts at token `at` and ends before `end`, if any. */
export function cueExtensionAt(tokens: readonly Token[], at: number, end: number): readonly string[] | undefined {
  const word = tokens[at];
  if (word === undefined) return undefined;
  const group = EXTENSIONS_BY_FIRST_WORD.get(word.lower);
  if (group === undefined) return undefined;
  for (const phrase of group) if (matchesPhrase(tokens, at, end, phrase)) return phrase;
  return undefined;
}

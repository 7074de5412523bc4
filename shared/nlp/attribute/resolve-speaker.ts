import { NAME_TITLES, ROLE_SYNONYMS } from '../lang/en/person-titles';
import type { Span } from '../types';
import { type EntityCluster, gendersAgree } from './entity-clusters';
import type { Gender, NameMention } from './name-mentions';

/** What kind of words named the speaker; confidence is calibrated per kind. */
export type SourceKind = 'name' | 'pronoun' | 'relative' | 'description' | 'group' | 'context' | 'none';

export interface Resolution {
  readonly cluster: EntityCluster | null;
  readonly kind: SourceKind;
}

/** A speaker the text has made the subject of a clause, in text order. */
export interface SubjectEntry {
  readonly cluster: EntityCluster;
  readonly at: number;
}

/** How far back a pronoun may look for its subject, in subject entries. */
const PRONOUN_WINDOW = 8;
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);
const RELATIVES = new Set(['who', 'which']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'it', 'that']);
const COMPLEMENT_BEFORE = /\b(?:of|from|in|at)\s+$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|this|that)$/;

/** Clusters considered when the subject history has no answer: the latest ones opened, so long articles stay linear. */
const CLUSTER_WINDOW = 60;
const recent = (clusters: readonly EntityCluster[]): readonly EntityCluster[] => (clusters.length > CLUSTER_WINDOW ? clusters.slice(-CLUSTER_WINDOW) : clusters);

/** A mention that ends with a name of its own: "Senator John McCain", "Mr. Nevins", not "Massachusetts Secretary" or "Exit". */
const namesSomeone = (m: NameMention): boolean =>
  m.name.end === m.end && (m.nameWords.length >= 2 || (m.nameWords.length === 1 && m.titleWords.length >= 1)) && !NAME_TITLES.has(m.nameWords[m.nameWords.length - 1] ?? '');

/** The most recent subject that agrees with the pronoun; failing that, the most recent agreeing person named. */
function resolvePronoun(gender: Gender, subjects: readonly SubjectEntry[], clusters: readonly EntityCluster[]): EntityCluster | null {
  for (let i = subjects.length - 1, seen = 0; i >= 0 && seen < PRONOUN_WINDOW; i--, seen++) {
    const c = (subjects[i] as SubjectEntry).cluster;
    if (c.person && gendersAgree(c.gender, gender)) return c;
  }
  let best: EntityCluster | null = null;
  for (const c of recent(clusters)) if (c.person && gendersAgree(c.gender, gender) && (!best || c.lastSeen > best.lastSeen)) best = c;
  return best;
}

/** "the Russian leader", "the president": the latest person whose titles fit the description. */
function resolveDescription(words: readonly string[], clusters: readonly EntityCluster[]): EntityCluster | null {
  const roles = words.flatMap((w) => ROLE_SYNONYMS.get(w) ?? []);
  if (roles.length === 0) return null;
  const qualifiers = words.filter((w) => !DETERMINER.test(w) && !ROLE_SYNONYMS.has(w));
  let best: EntityCluster | null = null;
  for (const c of recent(clusters)) {
    if (c.organization || !roles.some((r) => c.titleWords.has(r))) continue;
    if (qualifiers.some((q) => !c.titleWords.has(q))) continue;
    if (!best || c.lastSeen > best.lastSeen) best = c;
  }
  return best;
}

export interface SpeakerContext {
  readonly text: string;
  readonly subjects: readonly SubjectEntry[];
  readonly clusters: readonly EntityCluster[];
  /** Name mentions already registered, with their clusters, in text order. */
  readonly names: readonly NameMention[];
  readonly clusterOf: readonly (EntityCluster | undefined)[];
  /** Number of entries of `names` registered so far. */
  readonly registered: number;
}

/** Resolves the noun phrase a cue names as speaker to an entity of the article, or to none. */
export function resolveSpeaker(source: Span, ctx: SpeakerContext): Resolution {
  const words = ctx.text.slice(source.start, source.end).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const first = words[0] ?? '';
  if (words.length === 1 && PRONOUN_GENDER.has(first)) {
    return { cluster: resolvePronoun(PRONOUN_GENDER.get(first) ?? 'unknown', ctx.subjects, ctx.clusters), kind: 'pronoun' };
  }
  if (words.length === 1 && RELATIVES.has(first)) {
    // "Cruz, who said": the name right before the relative pronoun.
    for (let i = ctx.registered - 1; i >= 0; i--) {
      const m = ctx.names[i] as NameMention;
      if (m.end > source.start) continue;
      const gap = ctx.text.slice(m.end, source.start);
      if (gap.length <= 3 && /^[\s,]*$/.test(gap)) return { cluster: ctx.clusterOf[i] ?? null, kind: 'relative' };
      break;
    }
    return { cluster: null, kind: 'relative' };
  }
  if (words.length === 1 && GROUP_PRONOUNS.has(first)) return { cluster: null, kind: 'group' };
  // Names inside the phrase: the first person named is the speaker ("Kremlin spokesman Dmitry Peskov"),
  // else the first organization; a possessive name qualifies someone else ("Trump's lawyer").
  // The head of the phrase is the last name before any appositive or party tag: "Democrat socialist Sen. Bernie Sanders".
  const phrase = ctx.text.slice(source.start, source.end);
  const aside = phrase.search(/[,(]/);
  const headEnd = aside >= 0 ? source.start + aside : source.end;
  let person = -1;
  let headPerson = -1;
  let complement = -1;
  let organization = -1;
  for (let i = ctx.registered - 1; i >= 0; i--) {
    const m = ctx.names[i] as NameMention;
    if (m.start < source.start) break;
    if (m.end > source.end || m.possessive) continue;
    if (m.organization) organization = i;
    else {
      person = i;
      if (headPerson >= 0 || m.end > headEnd) continue;
      // "Senator John McCain of Arizona", "a voter from Derry": a name after a preposition is a complement, not the head.
      // A complement with a title of its own ("Secretary of State William Galvin") is the titled head itself.
      if (complement < 0 && m.start > source.start && m.titleWords.length === 0 && COMPLEMENT_BEFORE.test(ctx.text.slice(Math.max(source.start, m.start - 6), m.start))) complement = i;
      else headPerson = i;
    }
  }
  // The complement is the head after all when no full name stands before it ("Exit polls taken in South Carolina",
  // "Secretary of State William Galvin").
  if (complement >= 0 && (headPerson < 0 || !namesSomeone(ctx.names[headPerson] as NameMention))) headPerson = complement;
  if (headPerson >= 0) person = headPerson;
  const chosen = person >= 0 ? person : organization;
  if (chosen >= 0) return { cluster: ctx.clusterOf[chosen] ?? null, kind: 'name' };
  const described = resolveDescription(words, ctx.clusters);
  return { cluster: described, kind: described ? 'description' : 'group' };
}

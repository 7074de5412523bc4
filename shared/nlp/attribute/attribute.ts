import { documentTokens } from '../quotes/document-tokens';
import type { Token } from '../quotes/tokens';
import { accordingToSource } from './according-to-source';
import { type AsClause, asClause } from './as-clause-source';
import { closingReportSource } from './closing-report-source';
import { lastStartingBy } from './spans-by-start';
import { parentheticalReport } from './parenthetical-report';
import { followingReport, precedingReport } from './adjacent-report';
import { withSourceAppositive } from './source-appositive';
import { withParticipleSubject } from './with-participle-subject';
import type { Attributed, AttributedQuote, Mention, Paragraph, Quotation, Segmented, Span, SpeakerCluster } from '../types';
import { attributionConfidence } from './attribution-confidence';
import { dashCredit } from './dash-credit';
import { type EntityCluster, EntityClusters } from './entity-clusters';
import { findNameMentions, type NameMention } from './name-mentions';
import { resolveSpeaker, type Resolution, type SourceKind, type SubjectEntry } from './resolve-speaker';
import { speakerId } from './speaker-id';
import { speakerPhrase, speakerPhraseAfterCue } from './speaker-phrase';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CLAUSE_OPENERS = new Set(['but', 'so', 'while', 'as', 'when', 'then', 'meanwhile']);
const CLAUSE_PUNCTUATION = new Set(['.', '!', '?', ';', ':', '—', '–', '(']);

/** A name at the start of a clause and followed by a lower-case word (its verb) is that clause's subject. */
function isSubjectPosition(tokens: readonly Token[], m: NameMention, sentenceStarts: ReadonlySet<number>): boolean {
  const before = tokens[m.firstToken - 1];
  const after = tokens[m.lastToken + 1];
  if (m.possessive || !after || after.kind !== 'word' || after.capitalized) return false;
  return !before || sentenceStarts.has(m.start) || before.kind === 'quote' || CLAUSE_PUNCTUATION.has(before.lower) || CLAUSE_OPENERS.has(before.lower);
}

interface Assignment {
  cluster: EntityCluster | null;
  source: Span | null;
  kind: SourceKind;
}

/** How many paragraphs back a quote with no cue of its own may take its speaker from. */
const CONTEXT_PARAGRAPHS = 1;

/**
 * Attributes every quotation to a speaker: names are clustered as the text is read, and each
 * quotation's speaker phrase (found with its cue during segmentation) is resolved against what has
 * been read so far; a pronoun takes the most recent agreeing clause subject, not the nearest name.
 * One pass over mentions and quotations in text order.
 */
export function attribute(segmented: Segmented): Attributed {
  const { text } = segmented.document;
  const { tokens } = documentTokens(text, segmented.paragraphs);
  const names = findNameMentions(tokens);
  const sentenceStarts = new Set(segmented.sentences.map((s) => s.start));
  const clusters = new EntityClusters();
  const clusterOf: (EntityCluster | undefined)[] = [];
  const subjects: SubjectEntry[] = [];
  let registered = 0;
  const register = (upTo: number): void => {
    while (registered < names.length && (names[registered] as NameMention).start < upTo) {
      const m = names[registered] as NameMention;
      const cluster = clusters.add(m, text);
      clusterOf.push(cluster);
      if (isSubjectPosition(tokens, m, sentenceStarts)) subjects.push({ cluster, at: m.start });
      registered++;
    }
  };

  const quotations = segmented.quotations;
  /** By sentence index: its reporting "as" clause, looked for once. */
  const asClauses = new Map<number, AsClause | null>();
  /** "South Carolina, he said, was “…”": a quotation no cue claims takes the report set off in its sentence. */
  const asideReport = (q: Quotation): Span | null => {
    const sentence = segmented.sentences[q.sentence];
    return sentence ? parentheticalReport(tokens, sentence, q.start) : null;
  };
  /** The end of the sentence that holds `offset`. */
  const sentenceEndAt = (offset: number): number => segmented.sentences[lastStartingBy(segmented.sentences, offset)]?.end ?? text.length;
  const reportingClause = (q: Quotation): Span | null => {
    const sentence = segmented.sentences[q.sentence];
    if (!sentence) return null;
    let clause = asClauses.get(q.sentence);
    if (clause === undefined) asClauses.set(q.sentence, (clause = asClause(tokens, sentence)));
    return clause && q.start >= clause.end ? clause.source : null;
  };
  /**
   * The outer report that names the source instead of the cue's subject, in the order tried: a reporting "as"
   * clause ("As Tom Ridge put it, “…”"); for a quotation no cue claims, a report set off in its sentence; for one
   * with a cue and a subject, "according to" after it, a closing report (", Democrats said.") or a with-participle.
   */
  const outerReport = (q: Quotation): Span | null => {
    const clause = reportingClause(q);
    if (clause) return clause;
    if (!q.cue) return asideReport(q);
    if (!q.speakerMention) return null;
    const sentenceEnd = sentenceEndAt(q.cue.start);
    return accordingToSource(tokens, q.cue, q, sentenceEnd) ?? closingReportSource(tokens, q.cue, q, sentenceEnd) ?? withParticipleSubject(tokens, q.cue);
  };
  const anchorOf = (q: Quotation): number => q.speakerMention?.start ?? q.start;
  const order = quotations.map((_, i) => i).sort((a, b) => anchorOf(quotations[a] as Quotation) - anchorOf(quotations[b] as Quotation));
  const assignments: Assignment[] = quotations.map(() => ({ cluster: null, source: null, kind: 'none' }));
  const extraMentions = new Map<EntityCluster, Mention[]>();
  let lastQuoted: { index: number; paragraph: number } | null = null;

  for (const index of order) {
    const q = quotations[index] as Quotation;
    const paragraph = Math.max(0, lastStartingBy(segmented.paragraphs, q.start));
    // "As Tom Ridge put it, “…”", "“…,” Sanders said, according to CNN": the outer report is the source.
    const reporter = outerReport(q);
    // A quotation no cue claims next to a report: "“…''' Mr. Biden said, clutching …" (after it in its sentence), or
    // standing alone after a sentence that closes with one ("“…,” said Mr. Meyer. “…”").
    const unclaimed = !reporter && !q.speakerMention && !q.cue;
    const adjacent = unclaimed
      ? (followingReport(tokens, q.end, sentenceEndAt(q.end)) ?? (q.pattern === 'standalone-quote' ? precedingReport(tokens, q.start, (segmented.paragraphs[paragraph] as Paragraph).start) : null))
      : null;
    const mention = q.speakerMention ?? adjacent?.mention;
    const afterCue = mention && ((q.cue && mention.start >= q.cue.end) || adjacent?.afterVerb);
    const phrase = reporter ? speakerPhrase(reporter, text) : mention ? (afterCue ? speakerPhraseAfterCue(mention, text) : speakerPhrase(mention, text)) : null;
    // "according to John Weaver, a Republican strategist", "Brian Fallon, a spokesman for Mrs. Clinton, said": a source keeps its description.
    const source = phrase ? withSourceAppositive(phrase, text) : phrase;
    if (source) {
      register(source.start);
      const before = registered;
      register(source.end);
      const resolution: Resolution = resolveSpeaker(source, { text, subjects, clusters: clusters.clusters, names, clusterOf, registered });
      assignments[index] = { cluster: resolution.cluster, source, kind: resolution.kind };
      if (resolution.cluster) {
        if (resolution.kind === 'name' && !resolution.cluster.organization) resolution.cluster.person = true;
        subjects.push({ cluster: resolution.cluster, at: source.start });
        if (resolution.kind !== 'name' || registered === before) {
          const list = extraMentions.get(resolution.cluster) ?? [];
          list.push({ start: source.start, end: source.end, kind: resolution.kind === 'pronoun' || resolution.kind === 'relative' ? 'pronoun' : 'description', text: text.slice(source.start, source.end) });
          extraMentions.set(resolution.cluster, list);
        }
      }
    } else {
      register(q.start);
      const credited = dashCredit(q, text, names);
      // A quotation standing alone continues the speaker quoted just before it (same or previous paragraph), and so
      // does a quoted fragment no clause subject claims, within its paragraph ("… the “rigged” system," he said).
      if (credited >= 0) {
        // "“…” ― Carla Sanchez": the credit line names the speaker outright, before any context rule.
        const m = names[credited] as NameMention;
        register(m.end);
        const cluster = clusterOf[credited] ?? null;
        if (cluster && !cluster.organization) cluster.person = true;
        assignments[index] = { cluster, source: { start: m.start, end: m.end }, kind: 'name' };
      } else if (lastQuoted && (q.pattern === 'standalone-quote' ? paragraph - lastQuoted.paragraph <= CONTEXT_PARAGRAPHS : q.pattern === 'embedded-quote' && paragraph === lastQuoted.paragraph)) {
        const previous = assignments[lastQuoted.index] as Assignment;
        // The speaker phrase is kept even when it names nobody the article knows ("one former executive").
        if (previous.cluster || previous.source) assignments[index] = { cluster: previous.cluster, source: previous.source, kind: 'context' };
      }
    }
    const assigned = assignments[index] as Assignment;
    if (assigned.cluster || assigned.source) lastQuoted = { index, paragraph };
  }
  register(text.length + 1);
  attributeFromNextParagraph(quotations, assignments, names, clusterOf, tokens, sentenceStarts, segmented.paragraphs);

  /** By cluster index: a speaker quoted many times gets its id (a chain of regular expressions) once. */
  const speakerIds: string[] = [];
  const quotes: AttributedQuote[] = quotations.map((q, index) => {
    const a = assignments[index] as Assignment;
    const speaker = a.cluster ? { id: (speakerIds[a.cluster.index] ??= speakerId(a.cluster.canonical)), name: a.cluster.canonical } : null;
    // Copied, then the attribution set field by field: a spread with fields after it went to V8's slow path
    // (~5% of attribute); this gives the same keys in the same order.
    const quote: Mutable<AttributedQuote> = { ...q } as Mutable<AttributedQuote>;
    quote.speaker = speaker;
    quote.source = a.source;
    quote.confidence = attributionConfidence(q.pattern ?? null, q.kind, a.kind);
    quote.sourceKind = a.kind;
    return quote;
  });
  return { segmented, speakers: speakerClusters(quotes, assignments, extraMentions), quotes };
}

/**
 * A quotation paragraph nobody spoke before ("We will not back down." / Warren made the vow at a rally …):
 * the subject that opens the next paragraph is its speaker.
 */
function attributeFromNextParagraph(
  quotations: readonly Quotation[],
  assignments: Assignment[],
  names: readonly NameMention[],
  clusterOf: readonly (EntityCluster | undefined)[],
  tokens: readonly Token[],
  sentenceStarts: ReadonlySet<number>,
  paragraphs: readonly Paragraph[],
): void {
  let n = 0;
  quotations.forEach((q, index) => {
    const a = assignments[index] as Assignment;
    if (a.cluster || a.source || q.pattern !== 'standalone-quote') return;
    const next = paragraphs[Math.max(0, lastStartingBy(paragraphs, q.end)) + 1];
    if (!next) return;
    while (n < names.length && (names[n] as NameMention).start < next.start) n++;
    const m = names[n];
    const cluster = clusterOf[n];
    if (!m || !cluster || m.start >= next.end || !isSubjectPosition(tokens, m, sentenceStarts) || cluster.organization) return;
    assignments[index] = { cluster, source: { start: m.start, end: m.end }, kind: 'context' };
  });
}

/** The clusters that speak at least once, merged by id, with every mention that names them. */
function speakerClusters(quotes: readonly AttributedQuote[], assignments: readonly Assignment[], extra: ReadonlyMap<EntityCluster, Mention[]>): SpeakerCluster[] {
  const byId = new Map<string, { name: string; mentions: Mention[] }>();
  assignments.forEach((a, index) => {
    const speaker = quotes[index]?.speaker;
    if (!a.cluster || !speaker) return;
    const entry = byId.get(speaker.id) ?? { name: speaker.name, mentions: [] };
    if (!byId.has(speaker.id)) {
      byId.set(speaker.id, entry);
      entry.mentions.push(...a.cluster.mentions, ...(extra.get(a.cluster) ?? []));
    }
  });
  return [...byId].map(([id, { name, mentions }]) => ({ id, name, mentions: dedupe(mentions) }));
}

function dedupe(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    // Sorted by start, a duplicate can only be among the kept mentions with the same start, at the end of `kept`.
    let duplicate = false;
    for (let k = kept.length - 1; k >= 0 && (kept[k] as Mention).start === m.start && !duplicate; k--) duplicate = (kept[k] as Mention).end === m.end;
    if (!duplicate) kept.push(m);
  }
  return kept;
}

import type { Mention } from '../types';
import type { Gender, NameMention } from './name-mentions';

/** One person or organization the article names, built up mention by mention. */
export interface EntityCluster {
  readonly index: number;
  /** Longest proper name seen (display form). */
  canonical: string;
  canonicalWords: number;
  readonly organization: boolean;
  gender: Gender;
  /** Evidence that this is a person (a first name, a title, a two-word name, or speaking under its name): pronouns need it. */
  person: boolean;
  readonly titleWords: Set<string>;
  readonly mentions: Mention[];
  /** Offset of the latest mention: recency decides between namesakes ("Bill" and "Hillary Clinton"). */
  lastSeen: number;
}

export const gendersAgree = (a: Gender, b: Gender): boolean => a === 'unknown' || b === 'unknown' || a === b;

/**
 * Groups name mentions into entities: a full name opens or joins its own cluster; a surname alone
 * ("Putin") joins the most recent cluster with that surname and an agreeing gender. Lookups are by
 * hash, so building is linear in the number of mentions.
 */
export class EntityClusters {
  readonly clusters: EntityCluster[] = [];
  private readonly byFullName = new Map<string, EntityCluster>();
  private readonly bySurname = new Map<string, EntityCluster[]>();

  add(mention: NameMention, text: string): EntityCluster {
    const full = mention.nameWords.join(' ');
    const surname = mention.nameWords[mention.nameWords.length - 1] ?? full;
    const display = text.slice(mention.name.start, mention.name.end);
    let cluster = this.byFullName.get(full);
    if (!cluster && !mention.organization) cluster = this.namesake(surname, mention);
    if (!cluster) {
      cluster = {
        index: this.clusters.length,
        canonical: display,
        canonicalWords: mention.nameWords.length,
        organization: mention.organization,
        gender: mention.gender,
        person: false,
        titleWords: new Set(),
        mentions: [],
        lastSeen: mention.start,
      };
      this.clusters.push(cluster);
      if (!mention.organization) {
        const list = this.bySurname.get(surname) ?? [];
        list.push(cluster);
        this.bySurname.set(surname, list);
      }
    }
    this.byFullName.set(full, cluster);
    if (mention.nameWords.length > cluster.canonicalWords) {
      cluster.canonical = display;
      cluster.canonicalWords = mention.nameWords.length;
    }
    if (cluster.gender === 'unknown') cluster.gender = mention.gender;
    if (!mention.organization && (mention.gender !== 'unknown' || mention.titleWords.length > 0 || mention.nameWords.length > 1)) cluster.person = true;
    for (const w of mention.titleWords) cluster.titleWords.add(w);
    cluster.mentions.push({ start: mention.start, end: mention.end, kind: mention.organization ? 'organization' : mention.titleWords.length > 0 ? 'title' : 'name', text: text.slice(mention.start, mention.end) });
    cluster.lastSeen = mention.start;
    return cluster;
  }

  /** The most recent person cluster this surname (and first name, when given) can belong to. */
  private namesake(surname: string, mention: NameMention): EntityCluster | undefined {
    const candidates = this.bySurname.get(surname);
    if (!candidates) return undefined;
    let best: EntityCluster | undefined;
    for (const c of candidates) {
      if (!gendersAgree(c.gender, mention.gender)) continue;
      // A different full first name is a different person ("Bill Clinton" vs "Hillary Clinton").
      if (mention.nameWords.length > 1 && c.canonicalWords > 1) {
        const mine = mention.nameWords[0] ?? '';
        const theirs = c.canonical.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
        if (mine !== theirs && !(mine.length === 1 || theirs.length === 1) && !theirs.startsWith(mine) && !mine.startsWith(theirs)) continue;
      }
      if (!best || c.lastSeen > best.lastSeen) best = c;
    }
    return best;
  }
}

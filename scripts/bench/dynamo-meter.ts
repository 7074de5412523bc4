// A DynamoDB stand-in that keeps items in memory and meters what each request would consume on an
// on-demand table with this project's GSIs and their projections (shared/store/table-definition.ts).
// It applies the update expressions the article store sends (SET, if_not_exists, ADD, REMOVE,
// DELETE), so item sizes are real.
import { TABLE } from '../../shared/store/table-definition';

type Item = Record<string, unknown>;
const KB = 1024;
const INDEXES = Object.values(TABLE.indexes);

/** DynamoDB's item size rules: attribute names plus values (strings UTF-8, numbers ~1 byte per 2 digits, 3 bytes + 1 per element for lists and maps). */
export function sizeOf(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').replace(/^0+/, '').length / 2) + 1;
  if (value instanceof Set) return [...value].reduce((n: number, v) => n + sizeOf(v), 0);
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + sizeOf(v), 0);
  if (typeof value === 'object') return 3 + Object.entries(value as Item).reduce((n, [k, v]) => (v === undefined ? n : n + 1 + Buffer.byteLength(k) + sizeOf(v)), 0);
  return 8;
}
export const itemSize = (item: Item | undefined): number =>
  item ? Object.entries(item).reduce((n, [k, v]) => (v === undefined ? n : n + Buffer.byteLength(k) + sizeOf(v)), 0) : 0;

const units = (bytes: number, unit: number) => Math.max(1, Math.ceil(bytes / unit));

type Index = (typeof INDEXES)[number];

/** The copy an index keeps of an item: its keys and the projected attributes; undefined when the item has no key for it. */
function indexEntry(index: Index, item: Item | undefined): Item | undefined {
  if (item?.[index.partitionKey] === undefined || item[index.sortKey] === undefined) return undefined;
  if (index.projection === 'ALL') return item;
  const entry: Item = {};
  for (const name of [TABLE.partitionKey, TABLE.sortKey, index.partitionKey, index.sortKey, ...index.projection]) if (item[name] !== undefined) entry[name] = item[name];
  return entry;
}

const sameEntry = (a: Item, b: Item) => JSON.stringify(a, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v)) === JSON.stringify(b, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v));

/** Splits on commas outside parentheses. */
function topLevelCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(text.slice(from).trim());
  return parts.filter(Boolean);
}

export interface Meter {
  wruTable: number;
  wruIndexes: number;
  rru: number;
  requests: Record<string, number>;
  /** WRUs by kind of item (source, article, quote, speaker) and where (table or indexes). */
  byItem: Record<string, { table: number; indexes: number; writes: number }>;
}

/** The kind of item a key names, for the breakdown. */
function kindOf(key: Item): string {
  const pk = String(key[TABLE.partitionKey]);
  const sk = String(key[TABLE.sortKey]);
  if (pk.startsWith('ARTICLE#')) return sk.startsWith('QUOTE#') ? 'quote' : 'article';
  return pk.slice(0, pk.indexOf('#')).toLowerCase() || 'other';
}

export class DynamoMeter {
  readonly items = new Map<string, Item>();
  meter: Meter = DynamoMeter.empty();

  static empty(): Meter {
    return { wruTable: 0, wruIndexes: 0, rru: 0, requests: {}, byItem: {} };
  }

  private key(key: Item) {
    return `${String(key[TABLE.partitionKey])}|${String(key[TABLE.sortKey])}`;
  }

  private count(request: string) {
    this.meter.requests[request] = (this.meter.requests[request] ?? 0) + 1;
  }

  /**
   * One item write: the table at `factor` (2 in a transaction), and each GSI whose copy of the
   * item changes at 1, by the size of that copy: a new key deletes the old entry and puts one, and
   * an update that touches no projected attribute writes nothing to the index.
   */
  private write(key: Item, after: Item | undefined, factor = 1) {
    const id = this.key(key);
    const before = this.items.get(id);
    const table = factor * units(Math.max(itemSize(before), itemSize(after)), KB);
    let indexes = 0;
    for (const index of INDEXES) {
      const had = indexEntry(index, before);
      const has = indexEntry(index, after);
      const sameKey = had && has && had[index.partitionKey] === has[index.partitionKey] && had[index.sortKey] === has[index.sortKey];
      if (had && !sameKey) indexes += units(itemSize(had), KB); // delete the old index entry
      if (has && !(sameKey && sameEntry(had, has))) indexes += units(itemSize(has), KB); // put or update the index entry
    }
    this.meter.wruTable += table;
    this.meter.wruIndexes += indexes;
    const kind = (this.meter.byItem[kindOf(key)] ??= { table: 0, indexes: 0, writes: 0 });
    kind.table += table;
    kind.indexes += indexes;
    kind.writes++;
    if (after) this.items.set(id, after);
    else this.items.delete(id);
  }

  private applyUpdate(input: Item): Item {
    const key = input.Key as Item;
    const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
    const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    const item: Item = { ...(this.items.get(this.key(key)) ?? {}), ...key };
    const name = (token: string) => names[token.trim()] ?? token.trim();
    const clauses = String(input.UpdateExpression).split(/\b(SET|ADD|REMOVE|DELETE)\b/).slice(1);
    for (let i = 0; i < clauses.length; i += 2) {
      const kind = clauses[i];
      for (const part of topLevelCommas(clauses[i + 1] ?? '')) {
        if (kind === 'SET') {
          const [target, expression] = part.split(/=(.*)/s).map((s) => s.trim());
          const notExists = /^if_not_exists\(\s*(#\w+)\s*,\s*(:\w+)\s*\)$/.exec(expression!);
          if (notExists) item[name(target!)] ??= values[notExists[2]!];
          else item[name(target!)] = values[expression!];
        } else if (kind === 'REMOVE') delete item[name(part)];
        else {
          const [target, valueToken] = part.split(/\s+/);
          const attribute = name(target!);
          const value = values[valueToken!];
          if (typeof value === 'number') item[attribute] = ((item[attribute] as number | undefined) ?? 0) + (kind === 'DELETE' ? -value : value);
          else if (value instanceof Set) {
            const current = new Set(item[attribute] instanceof Set ? (item[attribute] as Set<unknown>) : []);
            for (const v of value) {
              if (kind === 'ADD') current.add(v);
              else current.delete(v);
            }
            if (current.size > 0) item[attribute] = current;
            else delete item[attribute];
          }
        }
      }
    }
    return item;
  }

  put(input: Item, factor = 1) {
    const old = this.items.get(this.key(input.Item as Item));
    this.write(input.Item as Item, input.Item as Item, factor);
    return { Attributes: input.ReturnValues === 'ALL_OLD' ? old : undefined };
  }

  update(input: Item, factor = 1) {
    const after = this.applyUpdate(input);
    this.write(input.Key as Item, after, factor);
    return { Attributes: input.ReturnValues === 'ALL_NEW' ? after : undefined };
  }

  remove(input: Item, factor = 1) {
    const old = this.items.get(this.key(input.Key as Item));
    if (old) this.write(input.Key as Item, undefined, factor);
    else this.meter.wruTable += factor;
    return { Attributes: input.ReturnValues === 'ALL_OLD' ? old : undefined };
  }

  /** Strongly consistent reads cost 1 RRU per 4 KB, eventually consistent half that. */
  get(input: Item) {
    const item = this.items.get(this.key(input.Key as Item));
    this.meter.rru += (input.ConsistentRead ? 1 : 0.5) * units(itemSize(item), 4 * KB);
    return { Item: item };
  }

  query(input: Item) {
    const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    const pk = values[':pk'];
    const prefix = String(values[':prefix'] ?? values[':set'] ?? '');
    const found = [...this.items.values()].filter((item) => item[TABLE.partitionKey] === pk && String(item[TABLE.sortKey]).startsWith(prefix));
    this.meter.rru += 0.5 * units(found.reduce((n, item) => n + itemSize(item), 0), 4 * KB);
    return { Items: found, Count: found.length };
  }

  transact(input: Item) {
    for (const entry of input.TransactItems as Item[]) {
      if (entry.Put) this.put(entry.Put as Item, 2);
      else if (entry.Update) this.update(entry.Update as Item, 2);
      else if (entry.Delete) this.remove(entry.Delete as Item, 2);
      else if (entry.ConditionCheck) this.meter.wruTable += 2;
    }
    return {};
  }

  batchWrite(input: Item) {
    for (const requests of Object.values(input.RequestItems as Record<string, Item[]>)) {
      for (const request of requests) {
        if (request.PutRequest) this.put(request.PutRequest as Item);
        else if (request.DeleteRequest) this.remove(request.DeleteRequest as Item);
      }
    }
    return { UnprocessedItems: {} };
  }
}

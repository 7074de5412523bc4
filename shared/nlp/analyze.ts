import { attribute } from './attribute/attribute';
import { decode, type DecodeOptions } from './decode/decode';
import { DecodeError } from './decode/decode-error';
import { segment } from './segment/segment';
import { summarize } from './summarize/summarize';
import type { Attributed, SummarizeOptions, Summary } from './types';

export interface Analysis {
  readonly attributed: Attributed;
  readonly summary: Summary;
}

/** The whole NLP in one call, for the CLI and tests; the Lambdas run the stages one by one. */
export function analyze(bytes: Uint8Array, name: string, options: DecodeOptions & SummarizeOptions = {}): Analysis | DecodeError {
  const document = decode(bytes, name, options);
  if (document instanceof DecodeError) return document;
  const attributed = attribute(segment(document));
  return { attributed, summary: summarize(attributed, options) };
}

import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText, slice } from '../quotes/document';

/** The source phrase attribute() gives the quotation of `text` that contains `content`. */
export const sourceOf = (text: string, content: string): string | null => {
  const quote = attribute(segmentText(text)).quotes.find((q) => q.text.includes(content));
  if (!quote) throw new Error(`no quotation containing ${content}`);
  return slice(text, quote.source);
};

/** The source phrase attribute() gives the quotation of `text` tied to the cue `cue`. */
export const sourceOfCue = (text: string, cue: string): string | null => {
  const quote = attribute(segmentText(text)).quotes.find((q) => slice(text, q.cue) === cue);
  if (!quote) throw new Error(`no quotation with the cue ${cue}`);
  return slice(text, quote.source);
};

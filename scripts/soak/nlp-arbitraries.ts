import fc from 'fast-check';

/**
 * Generated uploads for the NLP, shared by the soak's fuzzing (a million runs) and the unit
 * property test (a few hundred). Most inputs are built from what the rules react to (quote
 * marks, speech verbs, titles, abbreviations, brackets, line breaks), so random input reaches
 * the attribution and summary code instead of dying in decode as noise.
 */

export interface GeneratedUpload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const PEOPLE = ['Vladimir Putin', 'Donald Trump', 'Jane Smith', 'Mr. Smith', 'Dr. Ana Ruiz', 'Sen. Warren', 'Gov. Newsom', 'Prime Minister Keir Starmer', 'Russian President Vladimir Putin', 'a White House spokesman', 'police', 'the minister', "O'Neill", 'Jean-Luc Picard', 'María José', 'Smith'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'They', 'it', 'I', 'we'];
const CUES = ['said', 'says', 'told reporters', 'told the BBC', 'added', 'according to', 'warned', 'insisted', 'wrote', 'said on Monday', 'declined to comment', 'said that', 'told CNN that', 'explained'];
const WORDS = ['the', 'talks', 'in', 'Geneva', 'would', 'resume', 'on', 'Monday', 'after', 'a', 'pause', 'of', '3', 'weeks', 'U.S.', 'Jan.', 'No.', 'e.g.', 'i.e.', 'St.', 'Inc.', '$1.5bn', '3.14', '42%', 'etc.', 'vs.', 'market', 'fell', 'by', 'officials', 'and', 'but', 'However,', 'Meanwhile', 'CNN', '—', '–', '-', '...', '…', 'http://example.com/a.b', 'ünïcödé', '日本語', '🙂', 'x'];
const QUOTE_MARKS = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', '‚', '‹', '›', '``', "''"];
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '?!', '.)', '."', '.”', ',"', ',”', ' (', ')', '[', ']', '{', '}', '\\', '/', '*', '_', '#', '&amp;', '<b>', '</b>', '\u00a0', '\u200b', '\ufeff', '\t'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\n\n\n\n', ' \n ', '\u2028'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PEOPLE) },
  { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/**
 * How big generated inputs get. Small inputs find nearly every bug a large one finds and run
 * ten times faster (the NLP costs roughly 2 µs a character), so the million-run fuzz uses small
 * ones; the soak's scaling test covers large inputs.
 */
export interface UploadSize {
  readonly tokens: number;
  readonly wordsPerSentence: number;
  readonly sentencesPerParagraph: number;
  readonly paragraphs: number;
  readonly anyTextLength: number;
  readonly bytes: number;
}

export const SMALL_UPLOADS: UploadSize = { tokens: 50, wordsPerSentence: 10, sentencesPerParagraph: 4, paragraphs: 4, anyTextLength: 120, bytes: 200 };
export const MEDIUM_UPLOADS: UploadSize = { tokens: 120, wordsPerSentence: 16, sentencesPerParagraph: 6, paragraphs: 10, anyTextLength: 300, bytes: 400 };

/** Tokens with random glue: spaces mostly, sometimes nothing (so marks stick to words), sometimes a break. */
export const tokenSoupText = (size: UploadSize): fc.Arbitrary<string> =>
  fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: size.tokens }).map((pairs) => pairs.map(([t, glue]) => t + glue).join(''));
const open = fc.constantFrom('"', '“', '‘', '«', "'");
const close = fc.constantFrom('"', '”', '’', '»', "'", '');

/** News-shaped sentences: the quotation patterns attribution is built for, with their marks sometimes mismatched or missing. */
const newsSentence = (size: UploadSize): fc.Arbitrary<string> => {
  const sentenceBody = fc.array(fc.constantFrom(...WORDS, ...PEOPLE), { minLength: 1, maxLength: size.wordsPerSentence }).map((words) => words.join(' '));
  return fc.oneof(
  sentenceBody.map((body) => `${body}.`),
  fc.tuple(open, sentenceBody, close, fc.constantFrom(...PEOPLE, ...PRONOUNS), fc.constantFrom(...CUES)).map(([o, q, c, who, cue]) => `${o}${q},${c} ${who} ${cue}.`),
  fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...CUES), open, sentenceBody, close).map(([who, cue, o, q, c]) => `${who} ${cue}: ${o}${q}.${c}`),
  fc.tuple(open, sentenceBody, close, fc.constantFrom(...PRONOUNS), fc.constantFrom(...CUES), open, sentenceBody, close).map(([o1, a, c1, who, cue, o2, b, c2]) => `${o1}${a},${c1} ${who} ${cue}. ${o2}${b}.${c2}`),
  fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...CUES), sentenceBody).map(([who, cue, body]) => `${who} ${cue} ${body}.`),
  fc.tuple(sentenceBody, open, sentenceBody, close).map(([a, o, q, c]) => `${a} called it ${o}${q}${c}.`),
  );
};

/** Paragraphs of news sentences; some open with a quote mark that only a later paragraph closes. */
export const newsArticleText = (size: UploadSize): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.array(newsSentence(size), { minLength: 1, maxLength: size.sentencesPerParagraph }), { minLength: 1, maxLength: size.paragraphs }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'))
    .map(([paragraphs, separator]) => paragraphs.map((sentences) => sentences.join(' ')).join(separator));

/** Any string fast-check can make, including lone surrogates and control characters. */
export const anyText = (size: UploadSize): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength: size.anyTextLength }), fc.string({ unit: 'binary', maxLength: size.anyTextLength }), fc.string({ unit: 'grapheme', maxLength: size.anyTextLength }));

const inHtml = (text: string, title: string) =>
  `<!doctype html><html><head><title>${title}</title><script>var x = "<p>";</script></head><body><nav>Home | News</nav><article>${text
    .split(/\n+/)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}</article><footer>© 2024</footer></body></html>`;
const inMarkdown = (text: string, title: string) => `# ${title}\n\n${text.replace(/\n+/g, '\n\n> ')}\n\n* [link](http://x.y) **bold** _em_ \`code\``;

const textUpload = (size: UploadSize) =>
  fc
    .tuple(fc.oneof({ weight: 4, arbitrary: newsArticleText(size) }, { weight: 3, arbitrary: tokenSoupText(size) }, { weight: 2, arbitrary: anyText(size) }), fc.constantFrom('txt', 'md', 'html', 'htm'), fc.constantFrom(...PEOPLE, '', '<i>x</i>'))
    .map(([text, extension, title]): GeneratedUpload => {
      const body = extension === 'txt' ? text : extension === 'md' ? inMarkdown(text, title) : inHtml(text, title);
      return { name: `generated.${extension}`, bytes: utf8(body) };
    });

/** Raw bytes: binary, broken UTF-8, BOMs, UTF-16, and names decode refuses. */
const byteUpload = (size: UploadSize) =>
  fc
    .tuple(
      fc.oneof(
        fc.uint8Array({ maxLength: size.bytes }),
        fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: size.bytes })).map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest])),
        tokenSoupText(size).map((text) => Uint8Array.from([...utf8(text)].map((byte, i) => (i % 17 === 5 ? 0xc3 : byte)))),
      ),
      fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.htm', 'a.pdf', 'noextension', 'a.TXT'),
    )
    .map(([bytes, name]): GeneratedUpload => ({ name, bytes }));

/** Every kind of upload the NLP may be handed, weighted towards text that reaches attribution. */
export const uploadArbitrary = (size: UploadSize = MEDIUM_UPLOADS): fc.Arbitrary<GeneratedUpload> => fc.oneof({ weight: 8, arbitrary: textUpload(size) }, { weight: 2, arbitrary: byteUpload(size) });

/**
 * Multi-word attribution cues whose source comes after them ("according to X, ...").
 * Kept apart from the verb lexicon because the speaker sits on the other side.
 */
export const SOURCE_AFTER_PHRASES: readonly (readonly string[])[] = [['according', 'to']];

/**
 * Verbs whose object is the listener, not the content ("told reporters that ..."). Verbs of judgement
 * ("accused Trump of …", "criticized Clinton for …") are not here: their object is the one judged, and
 * annotators count it in the content.
 */
export const LISTENER_OBJECT_CUES: ReadonlySet<string> = new Set([
  'told', 'tells', 'tell', 'telling', 'asked', 'asks', 'asking', 'assured', 'reminded', 'warned', 'urged',
  'informed', 'advised', 'promised', 'pressed', 'thanked',
]);

/**
 * Words that may stand between a subject and its speech verb ("Trump also said", "he has long argued")
 * without breaking the subject-verb link.
 */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'later', 'then', 'again', 'never', 'not', 'did', 'does', 'do',
  'long', 'once', 'first', 'further', 'still', 'even', 'already', 'often',
  'just', 'always', 'could', 'can', 'may', 'might', 'should', 'must', 'soon', 'too', 'now', 'since',
]);

/** Forms of "be" that make a following participle passive ("was criticized by"): not a speech act of the subject. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", 'get', 'got']);

/** Forms of "be" that make a following -ing cue progressive ("Sanders is outlining", "has been calling for"): the subject speaks. */
export const PROGRESSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been']);

/**
 * Verb + particle pairs that PolNeAR marks as one cue ("called for", "pointed to"): the content
 * follows the particle. Mined from gold cue spans in the train split (three or more occurrences, and more often
 * in the cue than right after it: "agreed" keeps its "to" out of the cue 15 times in 19).
 */
export const CUE_PARTICLE_PHRASES: ReadonlySet<string> = new Set([
  'called for', 'calling for', 'calls for', 'call for', 'called on', 'calling on', 'referring to', 'referred to',
  'refers to', 'talking about', 'talked about', 'talk about', 'talks about', 'spoke about', 'pointed out',
  'point out', 'points out', 'pointing out', 'pointed to', 'point to', 'points to', 'pointing to', 'asked about',
  'asked for', 'asking for', 'vote for', 'voted for', 'voted against', 'respond to', 'responded to',
  'responding to', 'focused on', 'focus on', 'look at', 'looking for', 'railed against', 'advocate for',
  'laid out', 'lays out', 'pushing for', 'pushed for', 'warned of', 'shot back', 'thinking about',
  'agreed with', 'agree with', 'boasted of', 'wrote about', 'commented on', 'joked about',
  'apologized for', 'alluding to', 'cautioned against', 'hints at', 'hinted at', 'played down', 'vouched for',
  'brushed off', 'sided with', 'believe in', 'reflecting on', 'touched on', 'commenting on', 'shrugged off',
  'singled out', 'complained about', 'worried about', 'lashed out', 'weighed in', 'focuses on', 'balked at', 'worry about',
  'hoping for',
]);

/**
 * Prepositions that, right after a cue verb outside CLAUSAL_CUES, PolNeAR marks as part of the cue whatever the
 * verb ("spoke out against", "raved about", "warned of", "lobbied for"): on train such a preposition is in the cue
 * 477 times to 32 in the content ("about"), 450 to 21 ("of"), 416 to 32 ("for"). "to" is left out: it opens the
 * content after "declined", "wants", "vowed" as often as it joins the cue; "with" opens a manner as often
 * ("noticed with a grin").
 */
export const CUE_PARTICLES: ReadonlySet<string> = new Set(['about', 'of', 'for', 'against', 'on', 'out', 'up', 'off', 'back', 'over']);

/** Nouns of set adverbials that a preposition after a cue may open ("spoke on condition of anonymity", "on behalf of"): no content. */
export const ADVERBIAL_IDIOM_NOUNS: ReadonlySet<string> = new Set(['condition', 'behalf']);

/**
 * Participles that name what an indefinite noun phrase before them is ("a program called Sandy Hook Promise", "a
 * super PAC named …"): there they are no one's speech (on train "called" after "a"/"an" and a common noun is a
 * cue 6 times in 35).
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'labeled', 'nicknamed']);

/** Words that open what a participle takes ("threatening to", "suggesting that", "calling him"), besides determiners and names. */
export const PARTICIPLE_COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['to', 'that', 'him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves']);

/**
 * Verbs of going on that report words only with a quotation, a colon or a "that" clause after them (`"…," he
 * continued`, "continued: "…""); with an object or infinitive they go on doing something ("continued his push",
 * "continued to interject"): on train such frames were right 10 times in 32.
 */
export const ASPECTUAL_CUES: ReadonlySet<string> = new Set(['continued', 'continues', 'continue', 'continuing']);

/**
 * Intransitive verbs of speaking: what follows them is the listener or the occasion ("spoke to reporters", "spoke
 * for an hour"), and their content comes only after a topic particle ("spoke about", "talked of").
 */
export const INTRANSITIVE_SPEECH_CUES: ReadonlySet<string> = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'talks', 'talking']);

/** Particles that name what an intransitive verb of speaking is about. */
export const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['about', 'of', 'on']);

/** Phrases right after a cue that annotators include in it ("said in a statement"). */
export const CUE_EXTENSIONS: readonly (readonly string[])[] = [
  ['in', 'a', 'statement'],
  ['in', 'a', 'tweet'],
  ['on', 'twitter'],
];

/** Prepositions that open an adverbial, not a content clause ("said in front of a crowd"). */
export const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'with', 'before', 'after', 'during', 'from', 'into', 'over', 'under', 'since', 'until',
  'through', 'throughout', 'near', 'outside', 'inside', 'via', 'as', 'while', 'when', 'amid', 'among', 'without',
]);

/** Time words that may follow a cue ("said Tuesday", "told reporters last week"). */
/** A weekday or adverb of time right after the verb, which annotators count as part of the cue ("said Tuesday"). */
export const CUE_TIME_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'repeatedly', 'publicly', 'privately']);

export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'next', 'week', 'month', 'year', 'earlier', 'later',
  'recently', 'previously', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'once', 'then', 'now',
]);

/** Verbs that report whole statements, whose content runs to the end of the sentence ("said the deal, which …, is dead"). */
export const CLAUSAL_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'wrote', 'writes',
  'writing', 'argued', 'argues', 'arguing', 'noted', 'notes', 'noting', 'explained', 'explains', 'stated', 'insisted',
  'insists', 'claimed', 'claims', 'believes', 'believe', 'think', 'thinks', 'thought', 'suggested', 'suggests',
  'warned', 'predicted', 'acknowledged', 'admitted', 'conceded', 'declared', 'announced', 'reported', 'reports',
  'tweeted', 'recalled', 'replied', 'responded', 'continued', 'concluded', 'asserted', 'contended', 'maintained',
  'agreed', 'hopes', 'fears', 'feel', 'feels', 'felt', 'know', 'knows', 'asked', 'asks', 'wondered', 'speculated',
]);

/** Auxiliaries and modals that make the word before them a subject: "an approach that is …" is a relative clause. */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do',
]);

/** Prepositions before which a "that" is a determiner or pronoun ("through that contest", "for that"), never a complementizer. */
export const PREPOSITIONS_BEFORE_THAT: ReadonlySet<string> = new Set(['of', 'to', 'for', 'about', 'through', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over', 'under', 'since', 'after', 'before', 'during', 'against']);

/**
 * Raising verbs: in "Trump seemed to be shrinking" the subject is part of what is judged, not a speaker, so the
 * content is the subject together with the complement and the stance has no named source.
 */
export const RAISING_CUES: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Passive verbs of expectation and report that raise their subject ("The House is expected to pass …", "he
 * was said to have been handed …"): the clause from the subject on is what is expected or said, by no one
 * named. Only before "to".
 */
export const PASSIVE_STANCE_CUES: ReadonlySet<string> = new Set(['expected', 'said', 'believed', 'thought', 'reported', 'rumored']);

/** Forms of "be" that make a stance verb passive ("is expected to"). */
export const PASSIVE_STANCE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "wasn't", "aren't", "weren't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t']);

/**
 * Cue words that open a report of its own even inside another quotation's content ("… that two women
 * said they …", "… according to the report"): PolNeAR annotators mark such nested reports more often than
 * not, unlike nested stances ("believes", "wants").
 */
export const NESTED_REPORT_CUES: ReadonlySet<string> = new Set(['said', 'says', 'say', 'saying', 'according']);

/** Adverbs (besides those in -ly) that may stand between "be" and a passive stance verb: "is not expected", "are also said". */
export const PASSIVE_STANCE_ADVERBS: ReadonlySet<string> = new Set(['not', 'also', 'still', 'now']);

/** Words that may follow a speech verb without making it transitive ("Trump barked and …", "exclaimed upon seeing him"). */
export const VERB_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'as', 'upon', 'at', 'before', 'after', 'while', 'in', 'from', 'to', 'with', 'during', 'when']);

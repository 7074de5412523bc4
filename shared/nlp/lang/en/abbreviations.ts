/**
 * English abbreviation knowledge for sentence splitting: which words end in a period that
 * is not (or not always) a sentence end. Entries are written without their final period and
 * match case-sensitively, so "Mass." (the state) never matches "mass." (the noun).
 *
 * Sources: AP Stylebook abbreviations (titles, months, states), the English list in
 * textlint-rule/sentence-splitter (lang/English.ts) and the Punkt-style idea that an
 * abbreviation ends a sentence only when a typical sentence opener follows.
 */

/** Titles that stand before a name: the period after them never ends a sentence. */
export const NAME_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Profs',
  'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Gen', 'Adm', 'Col', 'Maj', 'Capt', 'Cmdr',
  'Sgt', 'Cpl', 'Pvt', 'Pfc', 'Brig', 'Cmdt', 'Rev', 'Revs', 'Fr', 'Hon', 'Pres', 'Supt', 'Det',
  'Insp', 'Atty', 'Amb', 'Sec', 'Treas', 'Msgr', 'Mme', 'Mlle', 'Sr', 'Sra', 'Srta',
  'vs', 'v', 'cf', 'viz',
]);

/**
 * Abbreviations that usually sit mid-sentence but can also close one ("... moved to the U.S.
 * The next day ..."): the period ends the sentence only before a word in SENTENCE_OPENERS.
 * Dotted letter sequences ("U.S", "J.K", "a.m") and single capitals (initials) are treated
 * the same way by the splitter without being listed here.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // organisations and companies
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Assn', 'Dept', 'Univ', 'Govt', 'Intl',
  // name suffixes and places
  'Jr', 'Esq', 'St', 'Ste', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Mt', 'Ft', 'Pt', 'Sq', 'Ct', 'Pl',
  // months and days (AP style; May, June, July are never abbreviated)
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // US states (AP style)
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans',
  'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore',
  'Pa', 'Penn', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
  // references and numbering
  'No', 'Nos', 'Vol', 'Vols', 'Fig', 'Figs', 'Ch', 'Chap', 'Eds', 'Pp', 'Para',
  // lower-case Latin and measures
  // (ordinary words such as "in", "no", "min", "Art", "Sun" are left out on purpose: a
  // capitalised name after them must still start a new sentence)
  'etc', 'al', 'approx', 'ca', 'misc', 'vol', 'p', 'pp', 'ch', 'ft', 'lb', 'lbs', 'oz', 'km',
  'yr', 'yrs', 'mos', 'hr', 'hrs',
]);

/**
 * Words that typically open a sentence. After an ambiguous abbreviation or an initial, one of
 * these tells the period is a sentence end ("in the U.S. The ..."), anything else capitalised
 * tells it is not ("U.S. President", "John F. Kennedy").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She',
  'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Some', 'Many', 'Most',
  'Much', 'Few', 'All', 'Both', 'Each', 'Every', 'Any', 'No', 'None', 'Neither', 'Nor', 'Not',
  'Other', 'Others', 'Another', 'Such', 'And', 'But', 'Or', 'So', 'Yet', 'Still', 'Also', 'Then',
  'Now', 'Today', 'However', 'Meanwhile', 'Moreover', 'Instead', 'Indeed', 'Nevertheless',
  'If', 'When', 'While', 'Whilst', 'After', 'Before', 'As', 'Since', 'Because', 'Although',
  'Though', 'Despite', 'Unlike', 'Like', 'According', 'In', 'On', 'At', 'For', 'From', 'With',
  'Without', 'By', 'Under', 'Over', 'During', 'Until', 'Among', 'What', 'Why', 'How', 'Who',
  'Where', 'Which', 'Whether', 'Earlier', 'Later', 'Last', 'Next', 'One', 'Two', 'Three',
  'Asked', 'Officials', 'Critics', 'Analysts', 'Police', 'Authorities',
]);

/** Before a number, these keep the period mid-sentence: "No. 5", "Jan. 20", "Vol. 3". */
export const NUMBER_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'No', 'Nos', 'no', 'nos', 'Vol', 'Vols', 'vol', 'Fig', 'Figs', 'Art', 'Ch', 'ch', 'Chap', 'Op',
  'p', 'pp', 'Pp', 'Para', 'Sec', 'approx', 'ca', 'est',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * Speech verbs that, right after a quotation closed by ". ! ?" and a capitalised name, keep
 * the attribution in the quote's sentence: `"We will win!" Trump said.` is one sentence.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'replied',
  'replies', 'stated', 'states', 'declared', 'declares', 'explained', 'explains', 'noted', 'notes',
  'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'tweeted', 'tweets', 'posted',
  'continued', 'continues', 'responded', 'responds', 'recalled', 'recalls', 'shouted', 'yelled',
  'exclaimed', 'concluded', 'conceded', 'admitted', 'acknowledged', 'claimed', 'claims',
  'suggested', 'suggests', 'remarked', 'quipped', 'joked', 'cautioned', 'countered', 'agreed',
  'demanded', 'demands', 'wondered', 'wonders', 'pleaded', 'vowed', 'vows', 'promised', 'promises',
  'predicted', 'boasted', 'complained', 'announced', 'announces', 'observed', 'urged', 'urges',
  'thundered', 'scoffed', 'sighed', 'laughed', 'whispered', 'muttered', 'cried',
]);

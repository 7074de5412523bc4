/**
 * English function words: they carry no topic, so they are left out when sentences are
 * compared and when words are counted as salient. Data, not code.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any anyone anything are
  around as at be became because become been before being below between both but by can cannot could did do does doing
  done down during each either else even ever every few for from further get gets got had has have having he her here
  hers herself him himself his how however i if in into is it its itself just last least less let like made make many may
  me might more most much must my myself neither never no nor not now of off often on once one only or other others our
  ours ourselves out over own per perhaps put rather really said same say says see seen several shall she should since so
  some still such than that the their theirs them themselves then there these they this those though through thus to
  told too under until up upon us very was we well were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves mr mrs ms dr s t ll ve re d m
  year years new time week day days two three told according`
    .split(/\s+/)
    .filter(Boolean),
);

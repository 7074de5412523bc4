/** Bump whenever the NLP's output changes, so that batch runs re-process older records. */
export const NLP_VERSION = 1;

/**
 * The spelling key of a word: lower case, hyphens and spaces dropped, and known spelling pairs folded to one side
 * (t/z, ph/f, old ß/ss), so that variants of the same word share a key (LanguageTool's DE_WORD_COHERENCY pairs,
 * generalised to word parts so compounds are covered).
 */

/** Pairs whose both sides Duden accepts or which differ only by the 1996/2006 reform; folded to the right side. */
const SPELLING_PAIRS: readonly [RegExp, string][] = [
  [/potenti(al|ell)/g, "potenzi$1"],
  [/(essen|substan|existen|tenden|differen|präferen|sequen)ti(al|ell)/g, "$1zi$2"],
  [/photo/g, "foto"],
  [/^graphi/g, "grafi"],
  [/(?<=.)graph/g, "graf"],
  [/(tele|mikro|mega|saxo)phon/g, "$1fon"],
  [/delphin/g, "delfin"],
  /* Old ß after a short vowel (Beschluß, Prozeß, daß); ß after a long vowel (Maß, Straße) is never folded. */
  [/(schlu|schu|la|proze|da|mu|bewu|lä|mi|flu|ri|pa|fa|gewi)ß(?=$|[bcdfghjklmnpqrstvwxz])/g, "$1ss"],
];

export function spellingKey(word: string): string {
  let key = word.toLowerCase().replace(/[-‐‑\s]+/gu, "");
  for (const [pattern, replacement] of SPELLING_PAIRS) key = key.replace(pattern, replacement);
  return key;
}

/** True when the key differs from the plain lower-case spelling, i.e. a spelling pair was folded. */
export function usesFoldedSpelling(word: string): boolean {
  return spellingKey(word) !== word.toLowerCase().replace(/[-‐‑\s]+/gu, "");
}

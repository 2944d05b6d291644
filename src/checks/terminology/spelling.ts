/**
 * The spelling key of a word: lower case, hyphens dropped, and every alternation German spelling allows folded to
 * one side, so that variants of one word share a key however they are inflected or compounded:
 * ß/ss (old and new rules), ph/f, th/t and rh/r, c/z/k and -tial/-zial, ou/u, é/ee, the Germanised spellings of
 * foreign words (ai/ä, gh/g, y/j, ch/sch, tch/tsch, qu/k; a looser key for the rest: germanisedKey), three equal
 * consonants (Schiffahrt/Schifffahrt), selbst(st)ändig, and the reform's ä spellings by word stem (Stengel/Stängel).
 * The key keeps, for every key letter, the stretch of the written word it came from, so that a part of a compound
 * can be addressed.
 */

export interface SpellingKey {
  key: string;
  /** Offsets into the written word of the stretch each key letter came from. */
  from: number[];
  to: number[];
}

/** The reform's Stammschreibung with ä (amtliche Regelung §13–§16), folded to the e side; "aufwendig" keeps both. */
const AE_STEMS = /(?<=st)ä(?=ngel)|(?<=beh)ä(?=nd)|(?<=g)ä(?=ms)|(?<=überschw)ä(?=ngl)|(?<=gr)ä(?=ue?l)|(?<=schn)ä(?=uz)|(?<=qu)ä(?=nt)|(?<=bel)ä(?=mmert)|(?<=(?:ein|ver)bl)ä(?=u)|(?<=aufw)ä(?=nd)|(?<=sch)ä(?=nke)|(?<=w)ä(?=chte(?!r))|(?<=b)ä(?=ndel)|(?<=schl)ä(?=gel)/gu;

/** The letter is one of `letters` (never true past the end of the word). */
const oneOf = (letters: string, c: string | undefined) => c !== undefined && c !== "" && letters.includes(c);
const isVowel = (c: string | undefined) => oneOf("aeiouäöüyéèê", c);
/** Hyphens and blanks inside a written word (W-LAN, Smart Region) leave no trace in its key. */
const isHyphen = (c: string) => c === "-" || c === "‐" || c === "‑" || c === "\u00AD" || /\s/u.test(c);
const ACCENTED_E = "éèê";

/** Lower case letter by letter, so that offsets stay those of the written word. */
function lowerLetters(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length === word.length) return lower;
  let out = "";
  for (const ch of word) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function spellingKey(word: string): SpellingKey {
  let s = lowerLetters(word);
  if (s.includes("ä")) s = s.replace(AE_STEMS, "e");
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (letters: string, start: number, end: number) => {
    for (const ch of letters) {
      const n = out.length;
      /* Three equal consonants in a row (Schifffahrt, Imbissstand) count as two, as before the reform. */
      if (n >= 2 && out[n - 1] === ch && out[n - 2] === ch && !isVowel(ch)) { to[n - 1] = end; continue; }
      out.push(ch);
      from.push(start);
      to.push(end);
    }
  };
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s[i];
    const next = s[i + 1];
    const wordStart = i === 0 || isHyphen(s[i - 1]);
    if (isHyphen(c)) { i++; continue; }
    if (c === "ß") { emit("ss", i, i + 1); i++; continue; }
    if (c === "s" && next === "t" && s.startsWith("st", i + 2) && i > 0) { emit("st", i, i + 2); i += 4; continue; }
    if (c === "p" && next === "h") { emit("f", i, i + 2); i += 2; continue; }
    if (c === "t" && next === "h") { emit("t", i, i + 2); i += 2; continue; }
    if (c === "r" && next === "h" && (wordStart || s[i - 1] === "r")) { emit("r", i, i + 2); i += 2; continue; }
    if (c === "o" && next === "u") { emit("u", i, i + 2); i += 2; continue; }
    if (c === "q" && next === "u" && /^(?:[éèê]|ee?(?:$|[-‐‑t]))/u.test(s.slice(i + 2, i + 5))) { emit("k", i, i + 2); i += 2; continue; }
    if (oneOf(ACCENTED_E, c)) {
      /* Exposé/Exposee: an accented e at the end of a word part is "ee"; Séparée/Separee: é before e is one e. */
      const end = i + 1 === n || isHyphen(s[i + 1]);
      emit(end ? "ee" : "e", i, i + 1);
      i++;
      continue;
    }
    if (c === "t" && next === "c" && s[i + 2] === "h") { emit("tsch", i, i + 3); i += 3; continue; }
    if (c === "c" && next === "h") {
      /* French ch at a word start before a vowel (Chicorée/Schikoree) or before é (Pappmaché/Pappmaschee). */
      if ((wordStart && isVowel(s[i + 2])) || oneOf(ACCENTED_E, s[i + 2])) { emit("sch", i, i + 2); i += 2; continue; }
      emit("ch", i, i + 2);
      i += 2;
      continue;
    }
    if (c === "c" && next === "k") { emit("ck", i, i + 2); i += 2; continue; }
    if (c === "c") {
      if (next === "c" && oneOf("eiy", s[i + 2])) { emit("kz", i, i + 2); i += 2; continue; }
      emit(oneOf("eiyäéèê", next) ? "z" : "k", i, i + 1);
      i++;
      continue;
    }
    if (c === "g" && next === "h" && (wordStart || isVowel(s[i - 1])) && isVowel(s[i + 2])) { emit("g", i, i + 2); i += 2; continue; }
    if (c === "y" && isVowel(next)) { emit("j", i, i + 1); i++; continue; }
    if (c === "a" && next === "i" && i + 2 < n && !isHyphen(s[i + 2])) { emit("ä", i, i + 2); i += 2; continue; }
    if (c === "t" && next === "i" && /^(?:al|ell|ös)/u.test(s.slice(i + 2, i + 5))) { emit("z", i, i + 1); i++; continue; }
    emit(c, i, i + 1);
    i++;
  }
  return { key: out.join(""), from, to };
}

/**
 * Letters German spells only in borrowed (mostly French) words: ou, qu, ai, é, è, ê, à, ç, a c that is no part of
 * ch, ck or sch, y. Only such a word may pair with another by its Germanised key below.
 */
const BORROWED_LETTERS = /ou|qu|ai|[éèêàç]|(?<!s)c(?![hk])|y/iu;

export function looksBorrowed(word: string): boolean {
  return BORROWED_LETTERS.test(word);
}

/** Germanised keys shorter than this are no evidence: short words collide. */
export const MIN_GERMANISED = 5;

/**
 * A looser key for the Germanised spellings of borrowed words (Duden's eingedeutschte Schreibungen): besides the
 * spelling key's folds, a c spoken s is s (Facette / Fassette, Necessaire / Nessessär, Façade / Fassade),
 * doubled consonants count once (Mayonnaise / Majonäse, Bouquet / Bukett) and sch is ch (Gouache / Guasch). Too loose for native words
 * (den / denn, Buch / Busch): a pair needs a word that looksBorrowed. `key` is a spelling key of `text` or a lemma
 * of it (a prefix, an umlaut perhaps undone): letter i came from text[from[i]].
 */
export function germanisedKey(key: string, text: string, from: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) {
    let c = key[i];
    if ((c === "z" && (text[from[i]] === "c" || text[from[i]] === "C")) || c === "ç") c = "s";
    if (c !== out[out.length - 1] || isVowel(c)) out.push(c);
  }
  return out.join("").replace(/sch/gu, "ch");
}

/* ---------------------------------------------------------------------------------------------------------------
 * Which spelling is the current official or Duden-recommended one. Each rule looks at the forms of one group
 * (lower case, as written) and names the forms it advises against, with the reason shown to the user.
 */

/** Stems whose ß follows a long vowel: ß in both the old and the new rules (Maß, Straße, Gruß, gemäß). */
const LONG_VOWEL_SS = /(?:straß|gemäß|gefäß|größ|grüß|süß|spaß|stoß|stöß|bloß|blöß|kloß|klöß|floß|flöß|fuß|füß|gruß|maß|mäß|buß|büß|fraß|soß|(?:^|-)ruß)$/u;
const DIPHTHONG_BEFORE = /(?:ei|ai|au|äu|eu|ie)$/u;

/**
 * ß at `at` stands after a long vowel or a diphthong, or before the e or i of an ending (Straße, Grüße), where both
 * rules write ß only after a long vowel. Another vowel may start the next part of a compound (Zuschußantrag).
 */
function longBeforeSs(form: string, at: number, beforeEnding: boolean): boolean {
  return beforeEnding || DIPHTHONG_BEFORE.test(form.slice(0, at)) || LONG_VOWEL_SS.test(form.slice(0, at + 1));
}

export interface SpellingForm {
  /** The variant's form in lower case, hyphens kept. */
  form: string;
  /** The letter after the form in the text, when an ending follows (decides ß/ss between vowels). */
  next: string;
}

interface Rule {
  /** Forms the rule advises against, given all forms of the group. */
  against(forms: readonly SpellingForm[]): boolean[];
  reason: string;
}

const has = (forms: readonly SpellingForm[], re: RegExp) => forms.map((f) => re.test(f.form));
/** The forms matching `re`, when another form of the group does not. */
const whereOthersDoNot = (forms: readonly SpellingForm[], re: RegExp) => {
  const marked = has(forms, re);
  return marked.some((m) => !m) ? marked : marked.map(() => false);
};

const OLD_SS: Rule = {
  reason: "geltende Rechtschreibung: ss nach kurzem Vokal, ß nach langem Vokal",
  against: (forms) => forms.map(({ form, next }) => {
    for (let at = form.indexOf("ß"); at >= 0; at = form.indexOf("ß", at + 1)) {
      const beforeEnding = oneOf("ei", at + 1 < form.length ? form[at + 1] : next);
      if (!longBeforeSs(form, at, beforeEnding)) return true;
    }
    for (let at = form.indexOf("ss"); at >= 0; at = form.indexOf("ss", at + 2)) {
      const asSharpS = form.slice(0, at) + "ß" + form.slice(at + 2);
      if (longBeforeSs(asSharpS, at, false) && forms.some((f) => f.form.includes("ß"))) return true;
    }
    return false;
  }),
};

/** Duden-recommended and official forms, by family; the first rule that separates the forms decides. */
const RULES: Rule[] = [
  OLD_SS,
  { reason: "empfohlene Schreibung nach Duden: f statt ph wie in Fotovoltaik, Grafik, Telefon", against: (forms) => whereOthersDoNot(forms, /ph/u) },
  { reason: "empfohlene Schreibung nach Duden: z in -zial und -ziell wie in Potenzial, essenziell", against: (forms) => whereOthersDoNot(forms, /ti(?:al|ell)/u) },
  {
    reason: "geltende Rechtschreibung: drei gleiche Buchstaben bleiben erhalten wie in Schifffahrt, Stilllegung",
    against: (forms) => {
      const triple = has(forms, /([b-df-hj-np-tv-zß])\1\1/u);
      return triple.some(Boolean) ? triple.map((t) => !t) : triple;
    },
  },
  { reason: "empfohlene Schreibung nach Duden: selbstständig", against: (forms) => whereOthersDoNot(forms, /selbständ/u) },
  { reason: "empfohlene Schreibung nach Duden: aufwendig", against: (forms) => whereOthersDoNot(forms, /aufwänd/u) },
  {
    reason: "geltende Rechtschreibung: ä nach dem Wortstamm wie in Stängel, Gämse, Gräuel",
    against: (forms) => whereOthersDoNot(forms, /stengel|behend|gems|überschwengl|greu|schneuz|quent|belemmert|(?:ein|ver)bleu|wechte|bendel|schlegel/u),
  },
  { reason: "heutige Schreibung ohne h wie in Tür, Tee, Tal", against: (forms) => whereOthersDoNot(forms, /thür|^thee$|thal$|thor$|^thau$|^noth$|^muth$|^werth$/u) },
];

/** The rule that tells the group's forms apart, and the forms it advises against; null when none does. */
export function officialPreference(forms: readonly SpellingForm[]): { against: boolean[]; reason: string } | null {
  for (const rule of RULES) {
    const against = rule.against(forms);
    if (against.some(Boolean) && against.some((a) => !a)) return { against, reason: rule.reason };
  }
  return null;
}

/** Pairs of different words that share a key (lemma forms, lower case): never a variant of each other. */
const MINIMAL_PAIRS = new Set([
  ["maß", "mass"], ["buß", "buss"], ["ruß", "russ"], ["graf", "graph"], ["fase", "phase"], ["route", "rute"], ["rein", "rhein"],
  ["celle", "zelle"], ["cour", "kur"],
].map((pair) => pair.sort().join("|")));

/** Also inflected alike (Maße / Masse, Bußen / Bussen). */
export function isMinimalPair(a: string, b: string): boolean {
  for (const ending of ["", "e", "en", "n", "es", "s"]) {
    if (a.endsWith(ending) && b.endsWith(ending) && MINIMAL_PAIRS.has([a.slice(0, a.length - ending.length), b.slice(0, b.length - ending.length)].sort().join("|"))) return true;
  }
  return false;
}

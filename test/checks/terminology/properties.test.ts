/**
 * Properties of the terminology check (fast-check): documents are drawn from German administrative words, glossary
 * forms and their near misses (compounds joined, hyphenated, spaced; case variants; inflections; abbreviations;
 * gendered forms), mixed with hostile text (bidi controls, zero-width characters, NBSP, soft hyphen, astral
 * characters, lone surrogates, markup). The check must not throw, must report places that address the text exactly,
 * must find every glossary variant standing at a word boundary, must resolve a group by its own replacements and
 * must report the same for the same text.
 */
import fc from "fast-check";
import { checkTerminology, parseGlossary, replacementsFor, type Glossary, type TermReport } from "../../../src/checks/terminology";
import type { DocumentModel } from "../../../src/model/document";
import { applyReplacements, docModel } from "./model";

/** Families of forms that a document may mix up, each with its near misses. */
const FAMILIES = [
  ["Potenzial", "Potential", "Potenziale", "Potentials", "Potenzialanalyse", "Potential-Analyse"],
  ["essentiell", "essenziell", "essentielle", "essenziellen"],
  ["Smart Region", "Smart-Region", "SmartRegion", "Smart Regionen", "Smart-Regionen"],
  ["Homeoffice", "Home-Office", "Home Office", "HomeOffice", "Homeoffices"],
  ["E-Mail", "Email", "eMail", "EMail", "Email-Adresse", "E-Mails"],
  ["Start-up", "Startup", "Start-ups", "Startups", "StartUp"],
  ["Stabsstelle", "Stabstelle", "Stabs-Stelle"],
  ["Onlinezugangsgesetz", "Online-Zugangsgesetz", "OZG", "Ozg", "ozg", "OZG-Umsetzung"],
  ["WFC", "wfc", "Wfc", "WFCs"],
  ["Künstliche Intelligenz", "künstliche Intelligenz", "künstlicher Intelligenz", "Künstlicher Intelligenz"],
  ["Digitale Verwaltung", "digitale Verwaltung", "digitalen Verwaltung", "Digitalen Verwaltung"],
  ["Mitarbeiterinnen und Mitarbeiter", "Mitarbeitende", "Mitarbeitenden", "Mitarbeiter*innen", "Mitarbeiter:innen",
    "Mitarbeiter_innen", "MitarbeiterInnen", "Mitarbeiter/-innen", "Mitarbeiter/innen", "Mitarbeiter"],
  ["Bürgerinnen und Bürger", "Bürger*innen", "Bürger und Bürgerinnen", "BürgerInnen"],
  ["Photovoltaik", "Fotovoltaik", "Photovoltaikanlage", "Fotovoltaik-Anlage"],
  ["demographische", "demografische", "Demographie", "Demografie"],
  ["Beschluss", "Beschluß", "Beschlusses", "Beschlußvorlage", "Beschlussvorlage"],
  ["Teilhabebeirat", "Teilhabe-Beirat", "Teilhabe Beirat", "Teilhabebeirats"],
  ["Bürgerbüro", "Bürger-Büro", "Bürger Büro", "Bürgerbüros"],
  ["Ein- und Ausgang", "Eingang", "Ausgang", "Ein- und Ausfahrt"],
  ["Arbeit", "Arbeiter", "Arbeitsgruppe", "Arbeits-Gruppe"],
  ["Bündnis 90/Die Grünen", "B90/ Die Grünen", "B 90/Die Grünen", "B90/Die Grünen"],
  ["Menschen mit Einwanderungsgeschichte", "Menschen mit Zuwanderungsgeschichte", "Menschen"],
  ["www.kreis-musterland.de", "info@kreis-musterland.de", "Kreis Musterland", "Kreis-Musterland"],
  ["ZIELE UND WEGE", "Ziele und Wege", "UND", "und"],
  ["Zu Hause", "Zuhause", "zu Hause"],
  ["Maß", "Masse", "Maße", "Massen"],
  ["Nr. 12", "§ 3 Abs. 2", "2026", "01.02.2026", "S. 4"],
];
const COMMON = ["und", "der", "die", "das", "im", "zur", "für", "wird", "werden", "geprüft", "beschlossen", "Kreis", "Verwaltung", "Kreistag", "Vorlage"];
const WORDS = [...FAMILIES.flat(), ...COMMON];
const HOSTILE = [
  "\u00A0", "\u00AD", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u202C", "\u2066", "\u2069", "\u200F", "😀", "𝐀𝐁", "\u0301",
  "<w:t>", "</w:p>", "&amp;", "<script>alert(1)</script>", "]]>", "\u05D0\u05D1", "\u0627\u0644", "\uD800", "\r\n", "\u0000",
];
const MARKS = [
  " ", " ", " ", " ", ". ", ", ", "; ", ": ", "\n", "\t", "„", "“", "»", "«", "\"", "(", ")", "/", "-", "–", "*", ":", "_",
  "‐", "‑", "•", "?",
];

/** Mostly words of the document's theme with blanks between them, so that variants meet; sometimes glued. */
const paragraphText = (theme: readonly string[]) => fc.array(
  fc.tuple(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...theme) },
      { weight: 3, arbitrary: fc.constantFrom(...COMMON) },
      { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    ),
    fc.constantFrom(" ", " ", " ", " ", "", ", ", ". ", "\u00A0", "\n", "  ", "\t"),
  ),
  { maxLength: 24 },
).map((parts) => parts.map(([a, b]) => a + b).join(""));
/** A document mixes up a few families, in sentences of common words. */
const paragraphs = fc.shuffledSubarray(FAMILIES, { minLength: 1, maxLength: 3 }).chain((families) => fc.array(
  fc.oneof({ weight: 6, arbitrary: paragraphText(families.flat()) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) }),
  { minLength: 1, maxLength: 6 },
));

/** Glossaries as parseGlossary lets them through: real entries, near misses and arbitrary strings. */
const glossaryString = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "binary", minLength: 1, maxLength: 12 }))
  .filter((s) => s.trim().length > 0);
const glossary: fc.Arbitrary<Glossary> = fc.array(
  fc.record({ preferred: glossaryString, variants: fc.array(glossaryString, { minLength: 1, maxLength: 3 }), note: fc.string({ maxLength: 8 }) }),
  { maxLength: 4 },
).map((terms) => parseGlossary({ version: 1, terms }));

const options = fc.record({
  glossaries: fc.array(glossary, { maxLength: 2 }),
  defaultGlossary: fc.boolean(),
  ignored: fc.array(fc.constantFrom("glossary:potenzial", "variant:compound:smartregion", "variant:abbreviation:wfc", "x"), { maxLength: 2 }),
});

const byPosition = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }) => a.paragraph - b.paragraph || a.start - b.start;
const placeKey = (p: { paragraph: number; start: number; end: number }) => `${p.paragraph}:${p.start}:${p.end}`;

/** The well-formedness every report must have (property 2). */
function expectWellFormed(model: DocumentModel, report: TermReport): void {
  const owner = new Map<string, string>();
  for (const g of report.groups) {
    expect(g.variants.length).toBeGreaterThan(0);
    const places = g.variants.flatMap((v) => v.places);
    for (const v of g.variants) {
      expect(v.count).toBe(v.places.length);
      expect(v.places.length).toBeGreaterThan(0);
      expect([...v.places].sort(byPosition)).toEqual(v.places);
    }
    const firsts = g.variants.map((v) => v.places[0]);
    expect([...firsts].sort(byPosition)).toEqual(firsts);
    for (const p of places) {
      const text = model.paragraphs[p.paragraph]?.text;
      expect(text).toBeDefined();
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.end).toBeLessThanOrEqual(text!.length);
      expect(text!.slice(p.start, p.end)).toBe(p.text);
      const key = placeKey(p);
      expect({ place: key, group: owner.get(key) ?? g.id }).toEqual({ place: key, group: g.id });
      owner.set(key, g.id);
    }
    const sorted = [...places].sort(byPosition);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].paragraph === sorted[i - 1].paragraph) {
        expect({ group: g.id, at: sorted[i].start, previousEnd: sorted[i - 1].end, overlap: sorted[i].start < sorted[i - 1].end })
          .toMatchObject({ overlap: false });
      }
    }
  }
  expect(new Set(report.groups.map((g) => g.id)).size).toBe(report.groups.length);
}

describe("terminology check over hostile documents (fast-check)", () => {
  it("never throws, also on arbitrary Unicode strings and glossaries", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 60 }), { minLength: 1, maxLength: 4 }), options, (texts, opts) => {
        const report = checkTerminology(docModel(texts), opts);
        for (const g of report.groups) expect(Array.isArray(replacementsFor(g, g.suggested))).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(paragraphs, options, (texts, opts) => {
        const report = checkTerminology(docModel(texts), opts);
        for (const g of report.groups) for (const v of g.variants) expect(Array.isArray(replacementsFor(g, v.form))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reports places that address the paragraph text exactly, without overlaps or shared places", () => {
    fc.assert(
      fc.property(paragraphs, options, (texts, opts) => {
        const model = docModel(texts);
        expectWellFormed(model, checkTerminology(model, opts));
      }),
      { numRuns: 400 },
    );
  });

  it("reports the same for the same text, and keeps ids when an unrelated paragraph is added", () => {
    const unrelated = "Weitere Fragen beantwortet gern das Team vor Ort.";
    fc.assert(
      fc.property(paragraphs, (texts) => {
        const model = docModel(texts);
        const first = checkTerminology(model);
        expect(checkTerminology(model)).toEqual(first);
        const appended = checkTerminology(docModel([...texts, unrelated]));
        expect(appended.groups).toEqual(first.groups);
        const prepended = checkTerminology(docModel([unrelated, ...texts]));
        expect(prepended.groups.map((g) => g.id)).toEqual(first.groups.map((g) => g.id));
        expect(prepended.groups.map((g) => g.variants.map((v) => v.places.map((p) => p.paragraph - 1))))
          .toEqual(first.groups.map((g) => g.variants.map((v) => v.places.map((p) => p.paragraph))));
      }),
      { numRuns: 200 },
    );
  });
});

describe("replacements (fast-check)", () => {
  /** The paragraph with the edits applied left to right, computed independently of the test helper. */
  function edited(text: string, edits: readonly { start: number; end: number; replacement: string }[]): string {
    let out = "", at = 0;
    for (const e of edits) {
      expect(e.start).toBeGreaterThanOrEqual(at);
      out += text.slice(at, e.start) + e.replacement;
      at = e.end;
    }
    return out + text.slice(at);
  }

  it("resolve their group and change nothing outside the replaced places; gendered forms get none", () => {
    fc.assert(
      fc.property(paragraphs, fc.boolean(), (texts, defaultGlossary) => {
        const model = docModel(texts);
        const { groups } = checkTerminology(model, { defaultGlossary });
        for (const g of groups) {
          const edits = replacementsFor(g, g.suggested);
          if (g.kind === "gender") { expect(edits).toEqual([]); continue; }
          const places = new Set(g.variants.flatMap((v) => v.places).map(placeKey));
          for (const e of edits) expect(places.has(placeKey(e))).toBe(true);
          const after = applyReplacements(model, edits);
          after.paragraphs.forEach((p, i) => {
            expect(p.text).toBe(edited(model.paragraphs[i].text, edits.filter((e) => e.paragraph === i)));
          });
          const again = checkTerminology(after, { defaultGlossary }).groups.find((x) => x.id === g.id);
          const left = again ? { id: again.id, variants: again.variants.map((v) => v.places.map((p) => p.text)) } : null;
          expect({ group: g.id, suggested: g.suggested, before: g.variants.map((v) => v.places.map((p) => p.text)), left: left && left.variants.length > 1 ? left : null })
            .toMatchObject({ left: null });
        }
      }),
      /* Found by fast-check: Beschlußim was split as "Beschlus·sim" only once Beschluss was written with ss. */
      { numRuns: 300, examples: [[["Beschluß Beschlußim ", "Beschlussvorlage ", ""], false]] },
    );
  });
});

/* ---------------------------------------------------------------------------------------------------------------
 * Glossary matching. A custom term is one to three words written in several shapes (joined, hyphenated with any
 * hyphen, spaced, with a small first letter, as initials); one shape is preferred, the others are variants. Its words
 * never occur in the filler text, so no other form can start before an inserted occurrence and end inside it.
 */
const TERM_WORDS = [
  "Kreisentwicklung", "Teilhabe", "Beirat", "Ehrenamt", "Karte", "Quartier", "Pflege", "Stützpunkt", "Leitstelle", "Digital",
  "Lotse", "Gesundheit", "Regionalbudget", "Zentrum", "Fachdienst", "Jugend", "Ordnungsamt", "Netz", "Dorf", "Laden",
];
/** Personal nouns whose gendered forms a style guide replaces by a neutral one (gendered forms as glossary variants). */
const PERSONS = [["Teilnehmer", "Teilnehmende"], ["Antragsteller", "Antragstellende"], ["Sachbearbeiter", "Sachbearbeitende"]];
const HYPHEN = ["-", "‐", "‑"];
const BLANKS = [" ", "  ", "\n", "\u00A0", "\t"];

/** Filler never containing a term word: admin words, marks, hostile characters, quotations that close again. */
const fillerItem = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS.filter((w) => ![...TERM_WORDS, ...PERSONS.flat()].some((t) => w.toLowerCase().includes(t.toLowerCase())))) },
  { weight: 4, arbitrary: fc.constantFrom(" ", ". ", ", ", "; ", "\n", "\t", "\u00A0", "(", ")", "/", "–", "•", "…", "?") },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE.filter((h) => h !== "\u0301"), "-", "*", ":", "_", "‐") },
  { weight: 1, arbitrary: fc.constantFrom("„Smart-Region Musterland“", "»Zitat«", "‚so‘", "\"wörtlich\"") },
);
const filler = fc.array(fillerItem, { maxLength: 6 }).map((xs) => xs.join(""));

interface Term { preferred: string; variants: string[] }

const wordTerm: fc.Arbitrary<Term> = fc.uniqueArray(fc.constantFrom(...TERM_WORDS), { minLength: 1, maxLength: 3 }).chain((words) => {
  const lower = (s: string) => s[0].toLowerCase() + s.slice(1);
  const shapes = [
    words.join(""),
    words.join(" "),
    words.map((w, i) => (i === 0 ? w : lower(w))).join(""),
    lower(words[0]) + words.slice(1).map((w) => " " + w).join(""),
    ...HYPHEN.map((h) => words.join(h)),
    words.map((w) => w[0]).join("").toUpperCase() + (words.length === 1 ? "Z" : ""),
  ];
  const distinct = [...new Set(shapes)];
  return fc.shuffledSubarray(distinct, { minLength: 2 }).map(([preferred, ...variants]) => ({ preferred, variants }));
});

/** Endings the matcher accepts after a glossary word (nouns after a capital, adjectives after a small letter). */
const genderTerm: fc.Arbitrary<Term> = fc.constantFrom(...PERSONS).chain(([base, neutral]) => fc.shuffledSubarray(
  [`${base}*innen`, `${base}:innen`, `${base}_innen`, `${base}Innen`, `${base}/innen`, `${base}innen und ${base}`],
  { minLength: 1 },
).map((variants) => ({ preferred: neutral, variants })));
const term = fc.oneof({ weight: 3, arbitrary: wordTerm }, { weight: 1, arbitrary: genderTerm });

const NOUN_ENDINGS = ["e", "en", "n", "s", "es", "nen"];
const ADJECTIVE_ENDINGS = ["e", "en", "er", "es", "em", "n", "r", "s", "m"];

/** Marks inside a gendered form: no inflection ending, no joined compound after them. */
const GENDER_MARK = /[*:_/]/u;

type Shape = { kind: "plain" | "inflected" } | { kind: "compound"; joint: string; tail: string };
interface Insertion { form: string; shape: Shape; blank: string; endingSeed: number }

const insertion = (t: Term): fc.Arbitrary<Insertion> => fc.record({
  form: fc.constantFrom(...t.variants, t.variants[0], t.preferred),
  shape: fc.oneof(
    fc.constant({ kind: "plain" as const }),
    fc.constant({ kind: "inflected" as const }),
    fc.record({ kind: fc.constant("compound" as const), joint: fc.constantFrom("-", "‑", ""), tail: fc.constantFrom("Analyse", "Daten", "analyse", "konzept") }),
  ),
  blank: fc.constantFrom(...BLANKS),
  endingSeed: fc.nat(),
});

/** The text of one occurrence and the span the glossary place must cover. */
function render(ins: Insertion): { text: string; cover: number } {
  const words = ins.form.split(" ");
  /* Only a one-word form heads a compound; "Teilnehmer/innen" is two words to the matcher, like "Smart Region". */
  if (ins.shape.kind === "compound" && words.length === 1 && !ins.form.includes("/")) {
    const joined = ins.shape.joint === "";
    /* A joined compound needs a head of seven letters and a small letter after it (MIN_JOINED_HEAD); a gender mark
       ends a word only before a non-letter ("Teilnehmer*innenliste" is no word of the tokenizer). */
    if (!joined || (ins.form.length >= 7 && ins.shape.tail[0] === ins.shape.tail[0].toLowerCase() && !GENDER_MARK.test(ins.form))) {
      return { text: ins.form + ins.shape.joint + ins.shape.tail, cover: ins.form.length };
    }
  }
  const inflected = ins.shape.kind === "inflected"
    ? words.map((w, i) => {
      if (GENDER_MARK.test(w)) return w;
      const endings = w[0] === w[0].toLowerCase() ? ADJECTIVE_ENDINGS : NOUN_ENDINGS;
      return (ins.endingSeed >> i) & 1 ? w + endings[(ins.endingSeed >> 4) % endings.length] : w;
    })
    : words;
  const text = inflected.join(ins.blank);
  return { text, cover: text.length };
}

const WORD_LIKE = /[\p{L}\p{N}\p{M}\uD800-\uDFFF*:_\-‐‑]/u;

describe("glossary matching (fast-check)", () => {
  it("finds every inserted occurrence of a custom term standing between word boundaries", () => {
    const scenario = term.chain((t) => fc.record({
      term: fc.constant(t),
      paragraphs: fc.array(fc.tuple(filler, fc.array(fc.tuple(insertion(t), filler), { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 3 }),
      defaultGlossary: fc.boolean(),
    }));
    let checked = 0;
    fc.assert(
      fc.property(scenario, ({ term: t, paragraphs: ps, defaultGlossary }) => {
        const placed: { paragraph: number; start: number; end: number; text: string; form: string }[] = [];
        const texts = ps.map(([head, rest], paragraph) => {
          let text = head;
          for (const [ins, after] of rest) {
            const { text: occurrence, cover } = render(ins);
            placed.push({ paragraph, start: text.length, end: text.length + cover, text: occurrence, form: ins.form });
            text += occurrence + after;
          }
          return text;
        });
        const glossary = parseGlossary({ version: 1, terms: [{ preferred: t.preferred, variants: t.variants }] });
        const report = checkTerminology(docModel(texts), { glossaries: [glossary], defaultGlossary });
        const group = report.groups.find((g) => g.kind === "glossary" && g.suggested === t.preferred);
        const places = group?.variants.flatMap((v) => v.places) ?? [];
        for (const p of placed) {
          const text = texts[p.paragraph];
          const before = text[p.start - 1] ?? " ";
          const after = text[p.start + p.text.length] ?? " ";
          /* A neighbour that joins the occurrence to a word (letters, hyphens, gender marks, combining marks,
             astral halves) makes it part of another token; only clear boundaries are asserted. */
          if (WORD_LIKE.test(before) || WORD_LIKE.test(after)) continue;
          /* At a sentence start a capital says nothing: "Netz Ehrenamt" there may be the form "netz Ehrenamt". */
          const folded = p.form[0].toLowerCase() + p.form.slice(1);
          const preceding = text.slice(0, p.start);
          /* The first word of a paragraph counts as a sentence start whatever marks stand before it. */
          const sentenceStart = !/[\p{L}\p{N}]/u.test(preceding.replace(/[\uD800-\uDFFF\u0080-\u00BF]/g, ""))
            || !/[\p{L}\p{N},]$/u.test(preceding.replace(/(?:[„“"»«(‚]|[^\S\t])+$/u, ""));
          if (sentenceStart && folded !== p.form && [t.preferred, ...t.variants].includes(folded)) continue;
          /* The preferred form alone makes no group; a variant must make one. */
          if (!group && p.form === t.preferred) continue;
          checked++;
          expect({ occurrence: p, in: text, places, found: places.some((q) => q.paragraph === p.paragraph && q.start <= p.start && q.end >= p.end) })
            .toEqual({ occurrence: p, in: text, places, found: true });
        }
        expectWellFormed(docModel(texts), report);
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(200);
  });
});

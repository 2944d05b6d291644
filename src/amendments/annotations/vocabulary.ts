/**
 * The words annotations are made of, as council information systems (SessionNet, ALLRIS, OParl consultations) and
 * clerks write them: motion words, the roles of a consultation, its outcomes (Beschlussarten) with their modifiers,
 * and the few labels and small words the grammar needs. Each phrase is written once here; the parser reads it with
 * the tokenizer's keys, so case, umlauts and "ß" do not matter.
 */
import type { ConsultationRole } from "../types";

/** What a consultation's outcome means for the motion. */
export type Outcome = "positive" | "changed" | "negative" | "deferred" | "referred" | "noted" | "done" | "withdrawn" | "discussed";

export type Meaning =
  /** A motion: "Antrag", "ÄA", "Formulierungsvorschlag". `implied` names its proposer when the word does. */
  | { kind: "motion"; implied: "administration" | "itself" | null; ambiguous: boolean }
  /** A proposer follows: "Antragsteller:". */
  | { kind: "by" }
  /** A verb of proposing: its proposer follows after "von"/"durch", or stands before it as the subject. */
  | { kind: "proposes" }
  /** Counted votes ("12 Ja-Stimmen", "2 Enthaltungen"): said with a result, no result themselves. */
  | { kind: "votes" }
  | { kind: "role"; role: ConsultationRole }
  /** `weak`: "Beschluss", "Beratung", "empfiehlt" say that something happened, a strong word after them says what. */
  /** `noun`: "Zustimmung", "Ablehnung" — alone in a sentence ("Die Zustimmung steht aus") they state nothing. */
  | { kind: "result"; outcome: Outcome; weak: boolean; noun: boolean; canonical: string }
  /** "einstimmig", "mit Änderungen": said of a result; alone, a vote ("KA 17.03.: einstimmig"). */
  | { kind: "modifier"; changes: boolean; canonical: string }
  | { kind: "referral"; canonical: string }
  | { kind: "label"; label: "status" | "date" | "reason" | "steps" | "result" }
  /** "ebenfalls", "jeweils": the result of the step before, or of every step just named. */
  | { kind: "same" }
  /** "wird … beraten": what follows is planned, not an outcome. */
  | { kind: "future" }
  /** "entfällt": the step before does not take place. */
  | { kind: "void" }
  | { kind: "article" };

const motion = (implied: "administration" | "itself" | null = null, ambiguous = false): Meaning => ({ kind: "motion", implied, ambiguous });
const role = (r: ConsultationRole): Meaning => ({ kind: "role", role: r });
const result = (outcome: Outcome, canonical: string, weak = false, written = canonical): Meaning =>
  ({ kind: "result", outcome, weak, noun: /^\p{Lu}/u.test(written), canonical });
const modifier = (canonical: string, changes = false): Meaning => ({ kind: "modifier", changes, canonical });

/** Phrase → meanings. A phrase may mean several things; the grammar decides by what stands around it. */
export const VOCABULARY: readonly (readonly [string, Meaning])[] = [
  ...[
    "Antrag", "Änderungsantrag", "Ergänzungsantrag", "Zusatzantrag", "Dringlichkeitsantrag", "Prüfantrag", "Prüfauftrag",
    "Streichungsantrag", "Ersetzungsantrag", "Gegenantrag", "Haushaltsantrag", "Sachantrag", "ÄA", "Formulierungsvorschlag",
    "Änderungsvorschlag", "Ergänzungsvorschlag", "Textvorschlag", "Vorschlag", "Beschlussvorschlag", "Anregung", "Eingabe",
    "Ergänzung", "Streichung", "Antr", "Änd.-Antrag", "Ä-Antrag",
  ].map((w) => [w, motion()] as const),
  ...["Einwohnerantrag", "Bürgerantrag", "Einwohneranregung"].map((w) => [w, motion("itself")] as const),
  ...["Verwaltungsvorschlag", "Verwaltungsvorlage"].map((w) => [w, motion("administration")] as const),
  ["Stellungnahme", motion(null, true)],
  ["Empfehlung", motion(null, true)],
  ...["Antragsteller", "Antragstellerin", "Antragstellende", "Antragstellender"].map((w) => [w, { kind: "by" }] as const),
  // Verbs of proposing: the proposer follows ("beantragt von der FDP") or is the sentence's subject ("Die FDP beantragt").
  ...["beantragt", "beantragte", "beantragen", "eingebracht", "vorgeschlagen", "angeregt", "gefordert", "schlägt", "schlug", "regt", "regte",
    "fordert", "forderte", "bittet", "bat"].map((w) => [w, { kind: "proposes" }] as const),

  ...["Vorberatung", "vorberatend", "zur Vorberatung", "Vorberatungen"].map((w) => [w, role("Vorberatung")] as const),
  ...["Entscheidung", "zur Entscheidung", "Beschlussfassung", "zur Beschlussfassung", "beschließend", "entscheidend", "abschließend"].map((w) => [w, role("Entscheidung")] as const),
  ...["Anhörung", "zur Anhörung", "angehört", "Beteiligung", "beteiligt", "zur Stellungnahme", "Stellungnahme"].map((w) => [w, role("Anhörung")] as const),
  ...["Kenntnisnahme", "zur Kenntnisnahme", "zur Kenntnis", "Mitteilung", "zur Information"].map((w) => [w, role("Kenntnisnahme")] as const),
  ["Empfehlung", role("Vorberatung")],
  ["Beschlussempfehlung", role("Vorberatung")],

  ...["beschlossen", "angenommen", "bestätigt", "genehmigt", "befürwortet", "empfohlen", "positiv beschieden", "positives Votum",
    "positive Empfehlung", "positive Beschlussempfehlung", "keine Einwände", "keine Bedenken", "einverstanden", "Annahme", "beschließt", "beschloss"]
    .map((w) => [w, result("positive", w === "Annahme" ? "angenommen" : w, false, w)] as const),
  ...["Zustimmung", "zugestimmt", "stimmt", "stimmte", "stimmten", "zustimmend"].map((w) => [w, result("positive", w === "zugestimmt" ? "zugestimmt" : "Zustimmung", false, w)] as const),
  ["Befürwortung", result("positive", "befürwortet", false, "Befürwortung")],
  ...["Beschluss", "Beschlussempfehlung", "Empfehlung", "empfiehlt", "empfahl", "empfehlen"].map((w) => [w, result("positive", w === "Beschluss" ? "beschlossen" : "empfohlen", true, w)] as const),
  ...["abgelehnt", "nicht zugestimmt", "keine Zustimmung", "nicht beschlossen", "nicht angenommen", "nicht empfohlen", "nicht befürwortet",
    "negativ beschieden", "negatives Votum", "abgewiesen", "lehnt", "lehnte", "lehnten", "Ablehnung"]
    .map((w) => [w, result("negative", /^(lehnt|lehnte|lehnten|Ablehnung)$/.test(w) ? "abgelehnt" : w, false, w)] as const),
  ...["vertagt", "Vertagung", "zurückgestellt", "Zurückstellung", "abgesetzt", "von der Tagesordnung abgesetzt", "von der Tagesordnung genommen", "verschoben"]
    .map((w) => [w, result("deferred", w === "Vertagung" ? "vertagt" : w === "Zurückstellung" ? "zurückgestellt" : w, false, w)] as const),
  ...["zur Kenntnis genommen", "Kenntnis genommen", "nimmt zur Kenntnis", "nahm zur Kenntnis"].map((w) => [w, result("noted", "zur Kenntnis genommen", false, w)] as const),
  ...["erledigt", "Erledigung", "für erledigt erklärt", "gegenstandslos"].map((w) => [w, result("done", w === "Erledigung" ? "erledigt" : w, false, w)] as const),
  ...["zurückgezogen", "zurückgenommen", "Rücknahme", "Rückzug"].map((w) => [w, result("withdrawn", /^R/.test(w) ? "zurückgezogen" : w, false, w)] as const),
  ...["beraten", "Beratung", "erste Beratung", "erste Lesung", "Lesung", "diskutiert", "erörtert"].map((w) => [w, result("discussed", "beraten", true, w)] as const),
  // "positiv beraten", "negativ beschieden"; "KA 17.3.: ja" — in a step's place, a vote.
  ["positiv", result("positive", "positiv")],
  ["negativ", result("negative", "negativ")],
  ["ja", result("positive", "ja", false, "Ja")],
  ["nein", result("negative", "nein", false, "Nein")],
  // "Kenntnisnahme erfolgt", "Anhörung erfolgt": a role done.
  ...["Kenntnisnahme erfolgt", "Kenntnisnahme erfolgte"].map((w) => [w, result("noted", "zur Kenntnis genommen", false, w)] as const),
  ...["Beratung erfolgt", "Vorberatung erfolgt", "Anhörung erfolgt", "Beratung erfolgte", "Vorberatung erfolgte", "Anhörung erfolgte"]
    .map((w) => [w, result("discussed", "beraten", true, w)] as const),
  ...["Ja-Stimmen", "Ja-Stimme", "Nein-Stimmen", "Nein-Stimme", "Gegenstimmen", "Gegenstimme", "Stimmen", "Stimme", "Enthaltungen", "Enthaltung", "Stimmenthaltungen"]
    .map((w) => [w, { kind: "votes" }] as const),
  ...["verwiesen", "Verweisung", "überwiesen", "Überweisung", "zurückverwiesen"].map((w) => [w, { kind: "referral", canonical: /^[vV]erw/.test(w) ? "verwiesen" : w === "zurückverwiesen" ? w : "überwiesen" }] as const),

  ...["einstimmig", "mehrheitlich", "mit Mehrheit", "mit großer Mehrheit", "mit knapper Mehrheit", "ungeändert", "ohne Änderungen",
    "ohne Änderung", "wie vorgeschlagen", "gemäß Vorlage", "gemäß Beschlussvorschlag", "in der vorgelegten Fassung", "einvernehmlich"]
    .map((w) => [w, modifier(w)] as const),
  ...["geändert", "mit Änderungen", "mit Änderung", "mit Ergänzungen", "mit Ergänzung", "in geänderter Fassung", "in veränderter Fassung",
    "modifiziert", "mit Maßgaben", "mit Maßgabe", "mit den Änderungen"]
    .map((w) => [w, modifier(w, true)] as const),

  ...["Status", "Stand", "Sachstand", "Bearbeitungsstand"].map((w) => [w, { kind: "label", label: "status" }] as const),
  ...["Datum", "Antragsdatum", "Eingang", "eingegangen", "Eingangsdatum", "datiert"].map((w) => [w, { kind: "label", label: "date" }] as const),
  ...["Begründung", "Begr", "Erläuterung"].map((w) => [w, { kind: "label", label: "reason" }] as const),
  ...["Beratungsfolge", "Beratungsweg", "Gremienfolge"].map((w) => [w, { kind: "label", label: "steps" }] as const),
  ...["Ergebnis", "Votum", "Beschlussergebnis", "Abstimmungsergebnis"].map((w) => [w, { kind: "label", label: "result" }] as const),
  ...["ebenfalls", "ebenso", "jeweils", "gleichfalls", "dito"].map((w) => [w, { kind: "same" }] as const),
  ...["wird", "werden", "soll", "sollen", "geplant", "vorgesehen"].map((w) => [w, { kind: "future" }] as const),
  ...["entfällt", "entfallen", "entfiel", "abgesagt"].map((w) => [w, { kind: "void" }] as const),
  ...["der", "die", "das", "des", "dem", "den", "d", "einen", "eines", "diesen", "dieser", "diese", "ihren", "seinen"].map((w) => [w, { kind: "article" }] as const),
];

/** Words that may stand between a motion and its proposer or date ("Antrag der …", "Antrag vom …", "Schreiben vom …"). */
export const MOTION_LINKS = new Set(["von", "vom", "v", "durch", "seitens", "aus", "am", "an", "auf", "lt", "laut", "gem", "gemass", "gemeinsamer", "gemeinsame",
  "schreiben", "sitzung", "vorlage", "mail", "e", "email", "brief", "nr", "drucksache", "ds"]);
export const WEEKDAYS = new Set(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so"]);
/** Words that join committees named together ("im AfUKM und im AfBPR", "AfBKS sowie KA"). */
export const JOINERS = new Set(["und", "sowie", "bzw", "oder", "im", "in", "der", "dem", "den", "des", "beim"]);

/** Bodies that decide unless the note says otherwise (keys): the council of a Kreis, city or municipality. */
export const DECIDING_BODIES = new Set(["kreistag", "rat", "stadtrat", "gemeinderat", "stadtverordnetenversammlung", "gemeindevertretung",
  "samtgemeinderat", "verbandsversammlung", "regionalversammlung", "bezirkstag", "landschaftsversammlung", "ratsversammlung"]);
/** Word endings that make a word name a body: "Jugendhilfeausschuss", "Kreisausschuss", "Behindertenbeirat", "Bürgermeisterkonferenz". */
export const BODY_ENDINGS = ["ausschuss", "ausschusses", "beirat", "beirats", "beirates", "konferenz", "kommission"];
/** Word endings that make a phrase name a proposer: a faction, a town, an office, a council, an association. */
export const PROPOSER_ENDINGS = ["fraktion", "gruppe", "stadt", "gemeinde", "beirat", "rat", "parlament", "initiative", "verein", "verband",
  "bund", "gemeinschaft", "partei", "verwaltung", "amt", "dienst", "bereich", "stelle", "abteilung", "dezernat", "referat", "kammer",
  "gmbh", "mbh", "schaft", "konferenz", "forum", "netzwerk", "buro", "zentrum", "werk", "agentur", "ring", "vorstand", "kreis",
  // Offices named without a number: "Kämmerei", "Kreiskasse", "Bauaufsicht", "Amtsleitung", "Feuerwehr", "Volkshochschule".
  "ei", "kasse", "aufsicht", "leitung", "behorde", "direktion", "betrieb", "anstalt", "wehr", "schule", "beauftragte", "beauftragter"];
/** Towns: "Stadt Bergheim-Süd", "Gemeinde Ostersand". */
export const TOWN_WORDS = new Map([["stadt", "Stadt"], ["gemeinde", "Gemeinde"], ["markt", "Markt"], ["samtgemeinde", "Samtgemeinde"], ["kreisstadt", "Stadt"], ["hansestadt", "Hansestadt"]]);
/** Departments with a number: "Abt. 62", "FD 50", "Fachbereich III", "Amt 40" → their written-out form. */
export const DEPARTMENT_WORDS = new Map([["abt", "Abt."], ["abteilung", "Abt."], ["fachdienst", "Fachdienst"], ["fd", "Fachdienst"],
  ["fachbereich", "Fachbereich"], ["fb", "Fachbereich"], ["amt", "Amt"], ["dezernat", "Dezernat"], ["dez", "Dezernat"], ["referat", "Referat"],
  ["ref", "Referat"], ["sachgebiet", "Sachgebiet"], ["sg", "Sachgebiet"], ["fachamt", "Fachamt"]]);
/** Salutations and mandates before a person's name; they are not part of the name. */
export const PERSON_WORDS = new Set(["herr", "herrn", "frau", "ktm", "kreistagsmitglied", "kreistagsabgeordnete", "kreistagsabgeordneter", "ratsmitglied",
  "ratsherr", "ratsherrn", "ratsfrau", "stadtverordnete", "stadtverordneter", "mitglied"]);
export const TITLES = new Set(["dr", "prof", "dipl"]);
/** Abbreviations whose dot ends no sentence. */
export const ABBREVIATIONS = new Set(["abt", "nr", "dr", "prof", "dipl", "v", "d", "lt", "gem", "gemass", "gez", "bzw", "ca", "vgl", "ggf", "evtl", "inkl",
  "zzgl", "mio", "mrd", "str", "tel", "z", "b", "u", "a", "s", "o", "i", "e", "ff", "dez", "ref", "sept", "sep", "okt", "nov", "jan", "feb", "mar", "mrz",
  "apr", "jun", "jul", "aug", "stv", "sog", "usw", "etc", "bspw", "insb", "begr", "ds", "fd", "fb", "sg", "ktm", "mo", "di", "mi", "do", "fr", "sa", "so", "und",
  "antr", "and", "drs", "vorl", "az", "top", "ziff", "abs", "anl", "kap"]);
/** Words for a faction of a council, which people write before or after the party's name. */
export const FACTION_WORDS = new Set(["fraktion", "kreistagsfraktion", "ratsfraktion", "fraktionen"]);

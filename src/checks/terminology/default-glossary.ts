/**
 * The glossary shipped with Beschlussreif for German administrative language, the same for every county. Every entry
 * names its source: a Duden recommendation (where Duden allows two spellings and marks one as recommended) or an
 * official name. A county's own usage and notes come from its configuration (examples/kreis-coesfeld.config.json).
 */
import type { Glossary } from "./glossary";

export const DEFAULT_GLOSSARY: Glossary = {
  version: 1,
  terms: [
    {
      preferred: "Potenzial",
      variants: ["Potential"],
      note: "Duden empfiehlt die Schreibung mit z (Potenzial, potenziell).",
    },
    {
      preferred: "essenziell",
      variants: ["essentiell"],
      note: "Duden empfiehlt die Schreibung mit z.",
    },
    {
      preferred: "E-Mail",
      variants: ["eMail", "e-Mail", "EMail"],
      note: "Duden: E-Mail mit Bindestrich; „Email“ ist der Schmelzüberzug.",
    },
    {
      /* "Email" is also the enamel (Schmuck aus Email): only near words of mailing is it the e-mail. */
      preferred: "E-Mail",
      variants: ["Email"],
      note: "Duden: E-Mail mit Bindestrich; „Email“ ist der Schmelzüberzug.",
      context: {
        near: ["senden", "schicken", "versenden", "an", "per", "Adresse", "Postfach", "Anhang", "Posteingang", "antworten", "erhalten"],
        notNear: ["Schmuck", "Emaille", "Kunst", "Glasur", "Schild", "Topf", "Keramik", "Museum"],
        window: 6,
      },
    },
    {
      preferred: "Homeoffice",
      variants: ["Home-Office", "Home Office", "HomeOffice"],
      note: "Duden empfiehlt die Zusammenschreibung Homeoffice.",
    },
    {
      preferred: "Start-up",
      variants: ["Startup", "StartUp"],
      note: "Duden empfiehlt Start-up.",
    },
    {
      preferred: "Stabsstelle",
      variants: ["Stabstelle"],
      note: "Duden: Stabsstelle (mit Fugen-s).",
    },
    {
      preferred: "Bündnis 90/Die Grünen",
      variants: ["B90/Die Grünen", "B90/ Die Grünen", "B 90/Die Grünen"],
      note: "Offizieller Parteiname.",
    },
    {
      preferred: "Onlinezugangsgesetz",
      variants: ["Online-Zugangsgesetz", "Onlinezugangs-Gesetz"],
      note: "Amtlicher Kurztitel des Gesetzes (OZG).",
    },
  ],
};

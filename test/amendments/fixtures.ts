/** A draft of the fictional Kreis Musterland with the annotation forms the real drafts use. */
import { ModelBuilder } from "./builder";

export function musterlandDraft(): ModelBuilder {
  return new ModelBuilder()
    .heading("A. Leitlinien")
    .paragraph(["Der Kreis Musterland handelt rechtmäßig. ", { start: "1" }, { ins: "Er fördert den Austausch mit Partnerregionen.", id: "100" }, { end: "1" }])
    .comment("1", "Kreisverwaltung Musterland", "Formulierungsvorschlag Verwaltung / Antrag der SPD-Kreistagsfraktion vom 14.03.2025")
    .paragraph([
      "Der Kreis Musterland berät freundlich. ", { ins: "Er stärkt das Ehrenamt.", id: "101" }, " Er bietet ",
      { ins: "zugleich ", id: "102" }, "digitale Dienste an. ", { del: "Der Kreis Musterland", id: "103" }, { ins: "Dabei", id: "104" },
      " sichert ", { ins: "er", id: "105" }, " einen barrierefreien Zugang.",
    ])
    .paragraph(["Formulierungsvorschlag der Verwaltung zur Stärkung des Ehrenamts nach Beratung im AfKSuE am 04.03."])
    .heading("B. Ziele")
    .paragraph(["Vernetzung von Betrieben bei der Fachkräftesuche ", { ins: "im In- und Ausland", id: "106" }, " zur Stärkung des Standorts. ",
      { ins: "(Änderungsantrag B90/ Die Grünen vom 09.03.2025, Zustimmung im AfASSuG vom 05.03.2025)", id: "107" }])
    .paragraph(["Onlinedienste werden ", { start: "2" }, "barrierefrei", { end: "2" }, " angeboten."])
    .comment("2", "Teilhabebeirat", "Gilt das auch für Leichte Sprache?", { date: "2025-03-11T18:03:00Z" })
    .paragraph(["Geodaten werden offen bereitgestellt. (Formulierungsvorschlag der Verwaltung, Abt. 62)"])
    .paragraph(["Die Stelle wird ", { start: "3" }, "nach ", { del: "EG 11", id: "108", author: "Personalamt", date: "2020-11-24T08:15:00Z" },
      { ins: "EG 12", id: "109", author: "Personalamt", date: "2020-11-24T08:15:00Z" }, " bewertet", { end: "3" }, "."])
    .comment("3", "Personalamt", "Bitte an den Stellenplan anpassen; Vorschlag des Personalrats vom 20.11.2020.", {
      date: "2020-11-24T08:16:00Z", replies: [{ author: "Stabsstelle", text: "Übernommen." }], resolved: true,
    });
}

/**
 * @jest-environment jsdom
 */
import { render, screen, within } from "@testing-library/react";
import { DocumentView } from "../../src/demo/DocumentView";
import { runMark } from "../../src/demo/marks";
import type { Run, RunFormat } from "../../src/model/document";
import { sampleModel } from "./fixtures";

const plain: RunFormat = { highlight: null, shading: null, color: null, bold: false, italic: false, strike: false };
const run = (text: string, extra: Partial<Run>): Run => ({ text, revision: { kind: "none" }, format: plain, finalOffset: 0, originalOffset: 0, commentIds: [], ...extra });

test("pink highlight and shading mark a question, pink font an addition, other highlights keep their colour", () => {
  expect(runMark({ ...plain, highlight: "magenta" }).kind).toBe("pinkBackground");
  expect(runMark({ ...plain, shading: "FF99CC" }).kind).toBe("pinkBackground");
  expect(runMark({ ...plain, color: "E4007C" }).kind).toBe("pinkText");
  expect(runMark({ ...plain, highlight: "yellow" })).toEqual({ kind: "highlight", css: "#FFFF00", name: "yellow" });
  expect(runMark({ ...plain, color: "FF0000" }).kind).toBe("none");
  expect(runMark({ ...plain, highlight: "darkMagenta" }).kind).toBe("highlight");
});

test("the rendered document labels changes and pink markings in text and lists comments with replies", () => {
  const model = sampleModel();
  model.paragraphs[3].runs = [
    run("Der Kreis Musterland", { format: { ...plain, highlight: "magenta" }, commentIds: ["7"] }),
    run(" baut aus", {}),
    run(" und fördert Ehrenamt", { revision: { kind: "inserted", changeId: "11" } }),
    run(" schnell", { revision: { kind: "deleted", changeId: "12" } }),
  ];
  render(<DocumentView model={model} selected={3} />);
  const paragraph = document.getElementById("absatz-3")!;
  expect(paragraph.className).toContain("selected");
  expect(within(paragraph).getByText("pink markiert")).toBeTruthy();
  const inserted = paragraph.querySelector("ins")!;
  expect(inserted.textContent).toBe("eingefügt: und fördert Ehrenamt");
  expect(inserted.getAttribute("title")).toBe("eingefügt von SPD-Fraktion am 09.03.2025");
  expect(paragraph.querySelector("del")!.textContent).toBe("gelöscht: schnell");
  expect(screen.getByRole("heading", { name: "A. Mobilität" }).tagName).toBe("H2");
  expect(screen.getByRole("heading", { name: "I. Öffentlicher Nahverkehr" }).tagName).toBe("H3");
  const comments = screen.getByRole("region", { name: "Kommentare (1)" });
  expect(within(comments).getByText("Sind die Haltestellen barrierefrei erreichbar?")).toBeTruthy();
  expect(within(comments).getByRole("list", { name: "Antworten auf K1" }).textContent).toBe("Kreisverwaltung, 03.04.2025: Ja, bis 2027.");
});

test("hostile comment text is shown as text, never as markup", () => {
  const model = sampleModel();
  model.comments[0].text = '<img src=x onerror="alert(1)">';
  render(<DocumentView model={model} selected={null} />);
  expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  expect(document.querySelector("img")).toBeNull();
});

/**
 * Keyboard only, as a Beirat member and then the administration would work (issue 8): choose the role, mark a
 * passage in the simulated document, ask a question, hear it announced, answer it as Verwaltung and mark it
 * erledigt. No mouse and no element.click(): only page.keyboard. Every state shows in text in the Beirat list and
 * in the document's comments; axe after each step.
 */
import type { Locator, Page } from "playwright-core";
import type { DocumentModel, Paragraph } from "../../src/model/document";
import { describeBrowser, pane, seriousViolations, useDemoSession } from "./harness";

const QUESTION = "Wie erfahren gehörlose Menschen im Kreis Musterland von diesem Angebot?";
const ANSWER = "Die Kreisverwaltung stellt ein Video in Deutscher Gebärdensprache bereit.";

/** Presses `key` until `target` has the focus; fails after `limit` presses so that a focus trap shows. */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", limit = 400): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Mit ${key} nicht erreichbar: ${target.toString()}`);
}

/** A plain body paragraph without comments, tracked changes or pink: the question's passage. */
function plainParagraph(model: DocumentModel): Paragraph {
  const found = model.paragraphs.find((p) => p.outlineLevel === null && !p.table && !p.list
    && p.runs.length > 0 && p.runs.every((r) => r.revision.kind === "none" && r.commentIds.length === 0 && !r.format.highlight && !r.format.shading && !r.format.color)
    && p.runs.map((r) => r.text).join("").trim().length > 40);
  if (!found) throw new Error("Das Demodokument hat keinen schlichten Absatz.");
  return found;
}

describeBrowser("Beirat workflow by keyboard only", () => {
  const demo = useDemoSession();

  test("a question is asked, announced, answered and marked erledigt", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "de-DE" });
    const page = await context.newPage();
    const violations = async (step: string) => expect({ step, violations: await seriousViolations(page) }).toEqual({ step, violations: [] });
    try {
      await page.goto(demo.url);
      await pane(page).getByRole("tablist", { name: "Bereiche" }).waitFor({ timeout: 30_000 });
      const target = plainParagraph(demo.model);
      const live = pane(page).getByRole("status");
      await live.filter({ hasText: /Hinweis/ }).waitFor();

      // 1. The role: the pane's select, changed with the arrow keys.
      const role = pane(page).getByRole("combobox", { name: "Ihre Rolle" });
      await pressUntilFocused(page, role);
      await page.keyboard.press("ArrowDown");
      await expect(role.inputValue()).resolves.toBe("teilhabebeirat");

      // 2. The Beirat tab: into the tab list, arrows to "Beirat", Enter.
      const beiratTab = pane(page).getByRole("tab", { name: "Beirat", exact: true });
      await pressUntilFocused(page, pane(page).getByRole("tab", { selected: true }));
      await pressUntilFocused(page, beiratTab, "ArrowRight", 10);
      await page.keyboard.press("Enter");
      const panel = pane(page).getByRole("tabpanel", { name: "Beirat" });
      await panel.getByRole("heading", { name: /^Meine Fragen und Ergänzungen \(/ }).waitFor();
      await violations("Rolle Teilhabebeirat, Reiter Beirat");

      // 3. The passage: back into the document's selection form, arrows to the paragraph, Enter on "Markieren".
      const picker = page.getByRole("main").getByRole("combobox", { name: /Textstelle markieren/ });
      await pressUntilFocused(page, picker, "Shift+Tab");
      for (let i = 0; i < demo.model.paragraphs.length && Number(await picker.inputValue()) !== target.index; i++) {
        await page.keyboard.press("ArrowDown");
      }
      await expect(picker.inputValue()).resolves.toBe(String(target.index));
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByRole("main").getByRole("status").filter({ hasText: `Absatz ${target.index + 1} ist markiert.` }).waitFor();
      await expect(page.locator(`#absatz-${target.index}`).getAttribute("class")).resolves.toContain("selected");
      await violations("Textstelle markiert");

      // 4. The question: into the pane's text field, type, Enter on "Frage stellen".
      await pressUntilFocused(page, panel.getByRole("textbox", { name: "Ihre Frage" }));
      await page.keyboard.type(QUESTION);
      await page.keyboard.press("Tab");
      await expect(panel.getByRole("button", { name: "Frage stellen" }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press("Enter");
      await live.filter({ hasText: "Ihre Frage wurde als Kommentar eingefügt." }).waitFor();
      const entry = panel.locator("li > section").filter({ hasText: QUESTION });
      await expect(entry.getByRole("heading").textContent()).resolves.toMatch(/^Nr\. \d+: Frage des Teilhabebeirats – offen$/);
      const nr = /^Nr\. (\d+)/.exec((await entry.getByRole("heading").textContent())!)![1];
      await expect(page.locator(`#absatz-${target.index} mark.pink`).first().textContent()).resolves.toContain("pink markiert");
      const comment = page.getByRole("main").locator(".comments > ol > li").filter({ hasText: QUESTION });
      await expect(comment.locator(".comment-head .badge").textContent()).resolves.toBe("Teilhabebeirat: offen");
      await violations("Frage gestellt");

      // 5. The administration: back to the role select, arrow up to "Verwaltung".
      await pressUntilFocused(page, role, "Shift+Tab");
      await page.keyboard.press("ArrowUp");
      await expect(role.inputValue()).resolves.toBe("verwaltung");
      await panel.getByRole("heading", { name: /^Fragen und Ergänzungen des Teilhabebeirats \(/ }).waitFor();

      // 6. The answer: "Antworten" by Space, the text field takes the focus, Enter on "Antwort senden".
      await pressUntilFocused(page, entry.getByRole("button", { name: "Antworten" }));
      await page.keyboard.press("Space");
      const answerBox = entry.getByRole("textbox", { name: `Ihre Antwort zu Nr. ${nr}` });
      await answerBox.waitFor();
      await expect(answerBox.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type(ANSWER);
      await pressUntilFocused(page, entry.getByRole("button", { name: "Antwort senden" }), "Tab", 5);
      await page.keyboard.press("Enter");
      await live.filter({ hasText: `Ihre Antwort zu Nr. ${nr} wurde eingefügt.` }).waitFor();
      await expect(entry.getByRole("heading").textContent()).resolves.toBe(`Nr. ${nr}: Frage des Teilhabebeirats – beantwortet`);
      await expect(entry.getByRole("list", { name: `Antworten zu Nr. ${nr}` }).textContent()).resolves.toContain(ANSWER);
      await expect(comment.locator(".comment-head .badge").textContent()).resolves.toBe("Teilhabebeirat: beantwortet");
      await expect(comment.locator(".replies").textContent()).resolves.toContain(ANSWER);
      await violations("Frage beantwortet");

      // 7. Erledigt: Enter on "Als erledigt markieren".
      await pressUntilFocused(page, entry.getByRole("button", { name: "Als erledigt markieren" }));
      await page.keyboard.press("Enter");
      await live.filter({ hasText: `Nr. ${nr} wurde als erledigt markiert.` }).waitFor();
      await expect(entry.getByRole("heading").textContent()).resolves.toBe(`Nr. ${nr}: Frage des Teilhabebeirats – erledigt`);
      await expect(entry.getByRole("button", { name: "Als erledigt markieren" }).count()).resolves.toBe(0);
      await expect(comment.locator(".comment-head .badge").textContent()).resolves.toBe("Teilhabebeirat: erledigt");
      await violations("Frage erledigt");
    } finally {
      await context.close();
    }
  }, 180_000); // seven keyboard steps, each checked by axe: over 60 s on a loaded 2-core machine
});

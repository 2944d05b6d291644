import { HASELBRUECK, read } from "./amendments/annotations/read";
it("debug", () => {
  for (const t of ["Änderungsantrag der Linken vom 20.02.2025 – mit 12:3:1 Stimmen abgelehnt (AfBKS, 12.03.2025)", "Antrag der Linken, eingegangen 3.2.2025, im KT am 27.3.2025 bei 3 Ja-Stimmen abgelehnt"])
    console.log(t, JSON.stringify(read(t, HASELBRUECK).map((f) => [f.field, f.value, f.source]), null, 0));
  expect(1).toBe(1);
});

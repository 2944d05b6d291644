/** Entry of the demo page (no Office.js): the task pane beside the rendered document. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DemoPage } from "./DemoPage";

const container = document.getElementById("demo");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <DemoPage />
    </StrictMode>,
  );
}

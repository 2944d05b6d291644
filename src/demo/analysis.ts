/**
 * The analysis the demo shows, composed from the checks that exist so far (outline, amendments, Beirat).
 * The lead replaces this with src/analysis's analyzeDocument once every check is in place.
 */
import { checkAmendments, collectAmendments } from "../amendments";
import { checkBeirat, collectBeiratItems } from "../beirat";
import { checkOutline } from "../checks/outline";
import type { DocumentModel } from "../model/document";
import { SEVERITY_RANK, type Finding } from "../model/findings";
import type { AnalysisResult } from "../taskpane/analysis-types";

function byPlace(a: Finding, b: Finding): number {
  return (a.location.paragraph ?? -1) - (b.location.paragraph ?? -1) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
}

export function demoAnalysis(model: DocumentModel): AnalysisResult {
  const outline = checkOutline(model);
  const collection = collectAmendments(model);
  const beirat = collectBeiratItems(model);
  const findings = [
    ...outline.findings,
    ...checkAmendments(collection.amendments, collection.registry, model),
    ...checkBeirat(beirat),
  ].sort(byPlace);
  return {
    model,
    outline,
    terms: { findings: [], groups: [] },
    amendments: collection.amendments,
    beirat,
    findings,
  };
}

/**
 * Styles: resolved `basedOn` chains, outline levels, built-in identity and run formatting.
 * Heading identity comes from the style *name* ("heading 1", also localised "Titre 1"), then from
 * well-known ids (German "berschrift1", "Verzeichnis2"), and the outline level from `w:outlineLvl`.
 */
import type { BuiltInStyle, HexColor, HighlightColor } from "../model/document";
import { child, onOff, val, type XmlElement } from "./xml";

/** Run properties as far as a style or run sets them; undefined means "inherit". */
export interface RunProps {
  highlight?: HighlightColor | null;
  shading?: HexColor | null;
  color?: HexColor | null;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
}

export interface NumberingRef {
  numId: string;
  ilvl: number | null;
}

export interface ResolvedStyle {
  id: string;
  name: string | null;
  builtIn: BuiltInStyle;
  /** 0-based `w:outlineLvl` through the chain; 9 = body text; null when nothing sets it. */
  outlineLvl: number | null;
  numbering: NumberingRef | null;
  run: RunProps;
}

export interface Styles {
  /** The paragraph style by id; null → the default paragraph style. */
  paragraph(id: string | null): ResolvedStyle | null;
  character(id: string | null): ResolvedStyle | null;
}

const HIGHLIGHTS = new Set<string>([
  "black", "blue", "cyan", "green", "magenta", "red", "yellow", "white", "darkBlue", "darkCyan",
  "darkGreen", "darkMagenta", "darkRed", "darkYellow", "darkGray", "lightGray",
]);

/** Heading words in style names as Word and LibreOffice localise them. */
const HEADING_WORDS = /^(heading|überschrift|berschrift|titre|titolo|título|titulo|kop|rubrik|overskrift|otsikko|nagłówek|encabezado|nadpis|címsor|заголовок)\s*([1-9])$/i;
const TOC_WORDS = /^(toc|verzeichnis|inhaltsverzeichnis|tdm|sommario|índice|indice|inhoudsopgave|innehåll|contents)\s*([1-9])$/i;

function hex(v: string | undefined): HexColor | null | undefined {
  if (v === undefined) return undefined;
  if (v === "auto" || !/^[0-9A-Fa-f]{6}$/.test(v)) return null;
  return v.toUpperCase();
}

/** Reads the run properties a `w:rPr` sets directly. */
export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  for (const c of rPr.children) {
    switch (c.name) {
      case "w:highlight": {
        const v = c.attrs["w:val"];
        props.highlight = v && HIGHLIGHTS.has(v) ? (v as HighlightColor) : null;
        break;
      }
      case "w:shd": {
        const fill = c.attrs["w:fill"];
        props.shading = fill === undefined ? null : hex(fill);
        break;
      }
      case "w:color":
        props.color = hex(c.attrs["w:val"]);
        break;
      case "w:b":
        props.bold = onOff(c);
        break;
      case "w:i":
        props.italic = onOff(c);
        break;
      case "w:strike":
        props.strike = onOff(c);
        break;
    }
  }
  return props;
}

export function mergeRunProps(base: RunProps, over: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const k of Object.keys(over) as (keyof RunProps)[]) {
    if (over[k] !== undefined) (out as Record<string, unknown>)[k] = over[k];
  }
  return out;
}

export function readNumPr(pPr: XmlElement | undefined): NumberingRef | null {
  const numPr = child(pPr, "w:numPr");
  if (!numPr) return null;
  const numId = val(numPr, "w:numId");
  const ilvl = val(numPr, "w:ilvl");
  if (numId === undefined) return null;
  return { numId, ilvl: ilvl !== undefined && /^\d$/.test(ilvl) ? Number(ilvl) : null };
}

export function readOutlineLvl(pPr: XmlElement | undefined): number | null {
  const v = val(pPr, "w:outlineLvl");
  return v !== undefined && /^\d$/.test(v) ? Number(v) : null;
}

export function builtInFrom(name: string | null, id: string): BuiltInStyle {
  for (const candidate of [name, id]) {
    if (!candidate) continue;
    const c = candidate.trim();
    const lower = c.toLowerCase();
    const h = HEADING_WORDS.exec(c);
    if (h) return `Heading${Number(h[2]) as 1}`;
    const t = TOC_WORDS.exec(c);
    if (t) return `Toc${Number(t[2]) as 1}`;
    if (lower === "normal" || lower === "standard") return "Normal";
    if (lower === "title" || lower === "titel") return "Title";
    if (lower === "subtitle" || lower === "untertitel") return "Subtitle";
    if (lower === "list paragraph" || lower === "listparagraph" || lower === "listenabsatz") return "ListParagraph";
    if (/^(toc ?heading|inhaltsverzeichnis ?berschrift|inhaltsverzeichnisüberschrift)$/.test(lower)) return "TocHeading";
  }
  return "Other";
}

interface RawStyle {
  id: string;
  type: string;
  name: string | null;
  basedOn: string | null;
  outlineLvl: number | null;
  numbering: NumberingRef | null;
  run: RunProps;
}

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraph: string | null = null;
  let docDefaultRun: RunProps = {};
  for (const el of root?.children ?? []) {
    if (el.name === "w:docDefaults") {
      docDefaultRun = readRunProps(child(child(el, "w:rPrDefault"), "w:rPr"));
      continue;
    }
    if (el.name !== "w:style") continue;
    const id = el.attrs["w:styleId"];
    if (id === undefined) continue;
    const type = el.attrs["w:type"] ?? "paragraph";
    const pPr = child(el, "w:pPr");
    raw.set(`${type}:${id}`, {
      id,
      type,
      name: val(el, "w:name") ?? null,
      basedOn: val(el, "w:basedOn") ?? null,
      outlineLvl: readOutlineLvl(pPr),
      numbering: readNumPr(pPr),
      run: readRunProps(child(el, "w:rPr")),
    });
    const isDefault = el.attrs["w:default"] === "1" || el.attrs["w:default"] === "true";
    if (type === "paragraph" && isDefault) defaultParagraph = id;
  }

  const resolved = new Map<string, ResolvedStyle>();
  const resolve = (type: string, id: string, seen: Set<string>): ResolvedStyle | null => {
    const key = `${type}:${id}`;
    const done = resolved.get(key);
    if (done) return done;
    const s = raw.get(key);
    if (!s || seen.has(key)) return null;
    seen.add(key);
    const parent = s.basedOn ? resolve(type, s.basedOn, seen) : null;
    const builtIn = builtInFrom(s.name, s.id);
    const headingLevel = builtIn.startsWith("Heading") ? Number(builtIn.slice(7)) - 1 : null;
    const r: ResolvedStyle = {
      id,
      name: s.name,
      builtIn,
      // A style's own outlineLvl wins; a built-in heading without one still is a heading (LibreOffice omits it).
      outlineLvl: s.outlineLvl ?? headingLevel ?? parent?.outlineLvl ?? null,
      numbering: s.numbering ?? parent?.numbering ?? null,
      run: mergeRunProps(parent?.run ?? (type === "paragraph" ? docDefaultRun : {}), s.run),
    };
    resolved.set(key, r);
    return r;
  };

  return {
    paragraph: (id) => resolve("paragraph", id ?? defaultParagraph ?? "", new Set()),
    character: (id) => (id ? resolve("character", id, new Set()) : null),
  };
}

/**
 * `w:sym` (ECMA-376 Part 1, 17.3.3.30): a character given as a code in a symbol font. Word writes the code either as
 * the font's byte ("61") or shifted into the Private Use Area ("F061"). The tables come from dingbat-to-unicode
 * (mammoth.js's author, BSD-2-Clause), which maps Symbol after the Adobe Symbol Encoding
 * (https://www.unicode.org/Public/MAPPINGS/VENDORS/ADOBE/symbol.txt, with the Greek letters where Adobe also gives
 * the look-alike signs) and Wingdings, Wingdings 2/3 and Webdings after the Unicode 7.0 encoding of these fonts
 * (Unicode L2/11-052R and L2/12-368, Suignard et al.).
 */
import { hex } from "dingbat-to-unicode";

/** The character a `w:sym` shows, or null when its font has no Unicode table (or the code is not in it). */
export function symbolCharacter(font: string | undefined, code: string | undefined): string | null {
  if (!code || !/^[0-9A-Fa-f]{1,4}$/.test(code)) return null;
  const value = Number.parseInt(code, 16);
  // Without a font the code is a Unicode character of the run's own font (outside the Private Use Area).
  if (!font) return value >= 0x20 && (value < 0xe000 || value > 0xf8ff) ? String.fromCharCode(value) : null;
  const mapped = hex(font, code) ?? (value >= 0xf000 && value <= 0xf0ff ? hex(font, code.slice(-2)) : undefined);
  return mapped?.string ?? null;
}

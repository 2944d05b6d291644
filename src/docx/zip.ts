/**
 * The zip container of a .docx, read defensively. fflate's unzipSync trusts the declared sizes (it allocates
 * them and grows without bound when they lie), so we read the central directory ourselves, refuse entries by
 * declared size, and inflate each part with fflate's streaming Inflate under a byte budget per part and in
 * total. The CRC-32 of every inflated part is verified.
 */
import { Inflate } from "fflate";
import { DocxError } from "./errors";
import type { ReadLimits } from "./limits";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const EOCD_SIG = 0x06054b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** Input chunk fed to Inflate per step: bounds one step's output to about 1,000 × this. */
const INFLATE_STEP = 16 * 1024;

export interface ZipEntry {
  /** Normalised part name: forward slashes, no leading slash, as stored (case kept). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
  /** MS-DOS time and date of the last modification, as stored. */
  dosTime: number;
  dosDate: number;
}

export interface ZipArchive {
  /** Entries by lower-cased part name (OPC part names compare case-insensitively). */
  entries: Map<string, ZipEntry>;
  /** Inflates one entry within the budget and verifies its CRC-32. */
  read(entry: ZipEntry): Uint8Array;
  /** The entry's data as stored (compressed), for copying it into another zip without inflating it. */
  raw(entry: ZipEntry): Uint8Array;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((v, i) => b[i] === v);
}

function containsUtf16(b: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    if (b[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

let crcTable: Uint32Array | null = null;
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let o = b.length - 22; o >= min; o--) if (u32(b, o) === EOCD_SIG) return o;
  return -1;
}

function normaliseName(raw: string): string {
  return raw.replace(/\\/g, "/").replace(/^\/+/, "");
}

function decodeName(b: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder("utf-8").decode(b);
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

export function openZip(bytes: Uint8Array, limits: ReadLimits): ZipArchive {
  if (bytes.length === 0) throw new DocxError("empty");
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An OLE compound file: either an encrypted OOXML package or a Word 97–2003 document.
    throw new DocxError(containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "legacy-doc");
  }
  const isZipStart = bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIG;
  const eocd = bytes.length >= 22 ? findEocd(bytes) : -1;
  if (eocd < 0) throw new DocxError(isZipStart ? "truncated" : "not-zip");
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count > limits.maxEntries) throw new DocxError("too-large", { detail: `${count} zip entries` });
  if (cdOffset + cdSize > eocd) throw new DocxError(isZipStart ? "truncated" : "not-zip", { detail: "central directory out of range" });

  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(bytes, p) !== CD_SIG) throw new DocxError("truncated", { detail: "bad central directory" });
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen > eocd) throw new DocxError("truncated", { detail: "bad central directory" });
    const name = normaliseName(decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0));
    const entry: ZipEntry = {
      name,
      method: u16(bytes, p + 10),
      flags,
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      declaredSize: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      dosTime: u16(bytes, p + 12),
      dosDate: u16(bytes, p + 14),
    };
    if (name && !name.endsWith("/")) entries.set(name.toLowerCase(), entry);
    p += 46 + nameLen + extraLen + commentLen;
  }

  const stored = (entry: ZipEntry): Uint8Array => {
    const part = entry.name;
    if (entry.flags & 1) throw new DocxError("encrypted", { part });
    const lo = entry.localOffset;
    if (lo + 30 > bytes.length || u32(bytes, lo) !== LOCAL_SIG) throw new DocxError("truncated", { part });
    const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new DocxError("truncated", { part });
    return bytes.subarray(start, end);
  };

  let total = 0;
  return {
    entries,
    raw: stored,
    read(entry: ZipEntry): Uint8Array {
      const part = entry.name;
      if (entry.flags & 1) throw new DocxError("encrypted", { part });
      if (entry.declaredSize > limits.maxPartBytes) throw new DocxError("too-large", { part });
      const raw = stored(entry);
      let out: Uint8Array;
      if (entry.method === 0) {
        out = raw;
      } else if (entry.method === 8) {
        out = inflateBounded(raw, Math.min(limits.maxPartBytes, limits.maxTotalBytes - total), part);
      } else {
        throw new DocxError("not-zip", { part, detail: `unsupported compression method ${entry.method}` });
      }
      total += out.length;
      if (total > limits.maxTotalBytes) throw new DocxError("too-large", { part });
      if (crc32(out) !== entry.crc) throw new DocxError("bad-crc", { part });
      return out;
    },
  };
}

function inflateBounded(data: Uint8Array, budget: number, part: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw new DocxError("too-large", { part });
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      const last = i + INFLATE_STEP >= data.length;
      inflater.push(data.subarray(i, last ? data.length : i + INFLATE_STEP), last);
    }
  } catch (e) {
    if (e instanceof DocxError) throw e;
    // fflate error code 0 is "unexpected EOF": the compressed data stops early.
    const code = (e as { code?: number }).code;
    throw new DocxError(code === 0 ? "truncated" : "bad-crc", { part, detail: (e as Error).message });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

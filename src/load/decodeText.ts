// Bytes to text, strictly: JSON between systems is UTF-8 (RFC 8259 §8.1). A UTF-8 BOM is
// dropped with a warning (Excel and Notepad write one); UTF-16 and invalid UTF-8 are
// refused with a hint, never decoded into mojibake.

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface DecodedText {
  text: string;
  /** Set when a UTF-8 byte order mark was removed. */
  strippedBom: boolean;
}

/** UTF-16 without a BOM still betrays itself: ASCII JSON has a zero in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.7 && evenZeros === 0) return 'le';
  if (evenZeros > pairs * 0.7 && oddZeros === 0) return 'be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 =
    b0 === 0xff && b1 === 0xfe ? 'le' : b0 === 0xfe && b1 === 0xff ? 'be' : looksLikeUtf16(bytes);
  if (utf16) {
    throw new DecodeError(
      `the file is encoded as UTF-16 (${utf16 === 'le' ? 'little' : 'big'}-endian), but GeoJSON must be UTF-8: ` +
        'save it again as "UTF-8" (in Notepad: Save as… > Encoding > UTF-8).',
    );
  }
  const strippedBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 is an error, not a silent U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      strippedBom ? bytes.subarray(3) : bytes,
    );
  } catch {
    throw new DecodeError(
      'the file is not valid UTF-8 text (it may be Latin-1/Windows-1252 or a binary file): save it again as UTF-8.',
    );
  }
  return { text, strippedBom };
}

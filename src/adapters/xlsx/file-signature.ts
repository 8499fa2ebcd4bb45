import { XlsxFileError } from './xlsx-file-error';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
/** "EncryptionInfo" as UTF-16LE: the stream Office puts in a password-protected OOXML file. */
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** Throws unless the bytes look like a zip; names the usual wrong files (old .xls, encrypted .xlsx). */
export function assertZipSignature(bytes: Uint8Array): void {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return;
  if (bytes.length >= 4 && startsWith(bytes, OLE_SIGNATURE)) {
    if (contains(bytes, ENCRYPTION_INFO)) {
      throw new XlsxFileError('encrypted', 'The workbook is password-protected (encrypted).');
    }
    throw new XlsxFileError('legacy-xls', 'The file is an old binary Excel workbook (.xls), not .xlsx.');
  }
  throw new XlsxFileError('not-xlsx', 'The file is not an .xlsx workbook (not a zip package).');
}
